package dev.promptly.items;

import dev.promptly.sla.Deadline;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an item's events add up to at some instant: who owns it, when it is due, whether it was answered, what was
 * promised. Never edited directly: always the result of {@link #replay}, so the store's copy and an as-of view
 * agree.
 *
 * @param dueAt         the due time set at creation, or by the latest recalculation or edit of the due time
 * @param dueSoonAt     from when it counts as due soon, set with the due time
 * @param resolvedAt    when it was returned (callback), replied (email) or completed, null while open
 * @param promisedUntil the promised time of the latest delay notice given before the item was due, or null
 * @param attempts      call attempts so far, whatever their outcome
 * @param lastEventAt   the latest event's time; an as-of view before it must replay the events
 */
public record Progress(long ownerId, Instant dueAt, Instant dueSoonAt, Instant resolvedAt, Instant promisedUntil,
                       int attempts, Instant lastEventAt) {

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Deadline deadline() {
        return new Deadline(dueAt, dueSoonAt, promisedUntil, resolvedAt);
    }

    /**
     * Folds a history, in {@link ItemEvent#CHRONOLOGICAL} order, into the item's progress.
     * The first event must be the creation, which names the first owner and the due time.
     */
    public static Progress replay(ItemKind kind, List<ItemEvent> events) {
        if (events.isEmpty() || events.get(0).type() != EventType.CREATED) {
            throw new IllegalArgumentException("an item's history starts with its creation");
        }
        Set<Long> undone = ItemEvent.undoneIds(events);
        long owner = 0;
        Instant due = null;
        Instant dueSoon = null;
        Instant resolved = null;
        Instant promised = null;
        int attempts = 0;
        Instant last = null;
        for (ItemEvent event : events) {
            Instant at = event.at();
            last = last == null || at.isAfter(last) ? at : last;
            if (undone.contains(event.id())) {
                continue;
            }
            switch (event.type()) {
                case CREATED -> {
                    owner = event.toRepId();
                    due = event.dueAt();
                    dueSoon = event.dueSoonAt();
                }
                case RECALCULATED -> {
                    due = event.dueAt();
                    dueSoon = event.dueSoonAt();
                }
                case EDITED -> {
                    if (event.field() == EditedField.DUE) {
                        // The agreed time itself changed: it replaces any time promised against the old one.
                        due = event.dueAt();
                        dueSoon = event.dueSoonAt();
                        promised = null;
                    }
                }
                case ESCALATED, REASSIGNED -> owner = event.toRepId();
                case ATTEMPT -> {
                    attempts++;
                    if (resolved == null && kind == ItemKind.CALLBACK && event.outcome().returnsCall()) {
                        resolved = at;
                    }
                }
                case REPLIED, COMPLETED -> {
                    if (resolved == null) {
                        resolved = at;
                    }
                }
                case DELAY -> {
                    // A notice given once the item is already late does not make it on time again.
                    Instant effectiveDue = promised != null ? promised : due;
                    if (resolved == null && !at.isAfter(effectiveDue)) {
                        promised = event.promisedUntil();
                    }
                }
                case REOPENED -> resolved = null;
                case NOTE, UNDONE -> {
                }
            }
        }
        return new Progress(owner, due, dueSoon, resolved, promised, attempts, last);
    }

    /** The events that had happened by {@code at}, in history order. */
    public static List<ItemEvent> upTo(List<ItemEvent> events, Instant at) {
        return events.stream().filter(e -> !e.at().isAfter(at)).sorted(ItemEvent.CHRONOLOGICAL).toList();
    }
}
