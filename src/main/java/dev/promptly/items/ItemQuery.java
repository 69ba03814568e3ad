package dev.promptly.items;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which items to list, as the store should narrow them before the exact as-of check.
 *
 * @param ownerIds     owners as of {@code asOf}; null for everyone
 * @param kind         one kind, or null for all
 * @param receivedFrom inclusive lower bound on the received time, or null
 * @param receivedTo   exclusive upper bound on the received time, or null
 * @param openOnly     only items still open at {@code asOf}
 * @param asOf         the instant the listing shows; items received later do not exist yet
 */
public record ItemQuery(Set<Long> ownerIds, ItemKind kind, Instant receivedFrom, Instant receivedTo,
                        boolean openOnly, Instant asOf) {

    public ItemQuery {
        ownerIds = ownerIds == null ? null : Set.copyOf(ownerIds);
        Objects.requireNonNull(asOf, "asOf");
    }

    public static ItemQuery openAt(Set<Long> ownerIds, Instant asOf) {
        return new ItemQuery(ownerIds, null, null, null, true, asOf);
    }
}
