package dev.promptly.items;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Require;
import dev.promptly.sla.Deadline;
import java.time.Instant;
import java.util.Objects;

/**
 * A callback, email, commitment or follow-up, with what its events add up to.
 *
 * @param receivedAt  when the call or mail came in, or when the commitment or follow-up was made
 * @param requestedAt a time the customer asked to be called back, which became the due time; or null
 * @param source      where it came from ({@code manual}, {@code demo}, an importer), with {@code externalId}
 *                    making a repeated import find it again instead of creating it twice
 * @param version     incremented on every change; a write based on an older version is refused
 */
public record Item(long id, ItemKind kind, long customerId, String subject, Priority priority,
                   Instant receivedAt, Instant requestedAt, String source, String externalId,
                   Progress progress, int version) {

    public Item {
        Objects.requireNonNull(kind, "kind");
        subject = Require.optionalText(subject);
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(receivedAt, "receivedAt");
        source = Require.text(source, "source");
        externalId = Require.optionalText(externalId);
        Objects.requireNonNull(progress, "progress");
        if (progress.dueAt().isBefore(receivedAt)) {
            throw new InvalidInputException("the due time " + progress.dueAt() + " is before the item was received ("
                    + receivedAt + ")");
        }
        if (requestedAt != null && requestedAt.isBefore(receivedAt)) {
            throw new InvalidInputException("the requested time " + requestedAt + " is before the item was received ("
                    + receivedAt + ")");
        }
    }

    public long ownerId() {
        return progress.ownerId();
    }

    /** When it must be answered: set at creation, moved only by an explicit recalculation. */
    public Instant dueAt() {
        return progress.dueAt();
    }

    public Deadline deadline() {
        return progress.deadline();
    }

    public Item withProgress(Progress newProgress) {
        return new Item(id, kind, customerId, subject, priority, receivedAt, requestedAt, source, externalId,
                newProgress, version);
    }

    /** The same item with its subject as an edit (or the undo of one) left it. */
    public Item withSubject(String newSubject) {
        return new Item(id, kind, customerId, newSubject, priority, receivedAt, requestedAt, source, externalId,
                progress, version);
    }

    public Item stored(long newId, int newVersion) {
        return new Item(newId, kind, customerId, subject, priority, receivedAt, requestedAt, source, externalId,
                progress, newVersion);
    }
}
