package dev.promptly.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * The facts about one item that decide its state: when it was due and from when that was soon (both fixed under
 * the team's policy when the item was created or recalculated, so a later policy change does not rewrite
 * history), the time promised to the customer (only set when the customer was told before the due time), and
 * when it was answered or completed.
 *
 * @param dueSoonAt     from this instant on, the item counts as due soon
 * @param promisedUntil the promised time of a delay notice given in time, or null
 * @param resolvedAt    when the item was returned, replied or completed, or null while open
 */
public record Deadline(Instant dueAt, Instant dueSoonAt, Instant promisedUntil, Instant resolvedAt) {

    public Deadline {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(dueSoonAt, "dueSoonAt");
    }

    /** The time the item must be answered by: the promised time when the customer was told, else the due time. */
    public Instant effectiveDueAt() {
        return promisedUntil != null ? promisedUntil : dueAt;
    }

    /**
     * The item's state as of {@code at}. The facts must be those known at {@code at}: an answer given after it
     * must not be passed in. An item answered exactly at its due time is on time; it is overdue only after it.
     */
    public ItemState stateAt(Instant at) {
        Instant due = effectiveDueAt();
        if (resolvedAt != null && !resolvedAt.isAfter(at)) {
            return resolvedAt.isAfter(due) ? ItemState.DONE_LATE : ItemState.DONE_ON_TIME;
        }
        if (at.isAfter(due)) {
            return ItemState.OVERDUE;
        }
        if (promisedUntil != null) {
            return ItemState.INFORMED;
        }
        return at.isBefore(dueSoonAt) ? ItemState.PENDING : ItemState.DUE_SOON;
    }
}
