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
 * @param resolvedFrom only items resolved (returned, replied, completed) between this instant and {@code asOf};
 *                     null for no such limit
 * @param dueFrom      inclusive lower bound on the due time, or null
 * @param dueTo        exclusive upper bound on the due time, or null
 * @param changedLater only items with events after {@code asOf}, whose state then must be replayed
 * @param asOf         the instant the listing shows; items received later do not exist yet
 */
public record ItemQuery(Set<Long> ownerIds, ItemKind kind, Instant receivedFrom, Instant receivedTo,
                        boolean openOnly, Instant resolvedFrom, Instant dueFrom, Instant dueTo, boolean changedLater,
                        Instant asOf) {

    public ItemQuery {
        ownerIds = ownerIds == null ? null : Set.copyOf(ownerIds);
        Objects.requireNonNull(asOf, "asOf");
        if (openOnly && resolvedFrom != null) {
            throw new IllegalArgumentException("an item cannot be both open and resolved");
        }
    }

    public static ItemQuery openAt(Set<Long> ownerIds, Instant asOf) {
        return new ItemQuery(ownerIds, null, null, null, true, null, null, null, false, asOf);
    }

    /** Items received in [from, to) (either bound may be null), open or done, as they stood at {@code asOf}. */
    public static ItemQuery received(Set<Long> ownerIds, ItemKind kind, Instant from, Instant to, Instant asOf) {
        return new ItemQuery(ownerIds, kind, from, to, false, null, null, null, false, asOf);
    }

    /** Items answered or completed between {@code from} and {@code asOf}. */
    public static ItemQuery resolvedBetween(Set<Long> ownerIds, Instant from, Instant asOf) {
        return new ItemQuery(ownerIds, null, null, null, false, from, null, null, false, asOf);
    }

    /** The same query, narrowed to items that changed after {@code asOf}. */
    public ItemQuery changedLaterOnly() {
        return new ItemQuery(ownerIds, kind, receivedFrom, receivedTo, openOnly, resolvedFrom, dueFrom, dueTo, true,
                asOf);
    }

    /** Items due in [from, to), open or done, as they stood at {@code asOf}. */
    public static ItemQuery due(Set<Long> ownerIds, ItemKind kind, Instant from, Instant to, Instant asOf) {
        return new ItemQuery(ownerIds, kind, null, null, false, null, from, to, false, asOf);
    }
}
