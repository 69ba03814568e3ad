package dev.promptly.items;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One entry in an item's append-only history. Which optional fields are set depends on the type:
 * an attempt has an outcome, a delay a promised time, a transfer (created, escalated, reassigned) a new owner,
 * the creation and a recalculation the item's due time and the instant it becomes due soon, and an edit the field
 * it changed with its old and new value (an edit of the due time also the new due and due-soon times).
 *
 * @param id      the store's id, 0 before it is stored; it also orders events that share an instant
 * @param actorId the rep who did it, or null when it was the system or a lead acting for the team
 */
public record ItemEvent(long id, EventType type, Instant at, Long actorId, AttemptOutcome outcome,
                        Instant promisedUntil, Instant dueAt, Instant dueSoonAt, Long fromRepId, Long toRepId, String note,
                        Long undoesEventId, EditedField field, String oldValue, String newValue) {

    /** History order: by time, then by the order the events were recorded. */
    public static final Comparator<ItemEvent> CHRONOLOGICAL =
            Comparator.comparing(ItemEvent::at).thenComparingLong(ItemEvent::id);

    public ItemEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        if ((type == EventType.ATTEMPT) != (outcome != null)) {
            throw new IllegalArgumentException("an attempt, and only an attempt, has an outcome");
        }
        if ((type == EventType.DELAY) != (promisedUntil != null)) {
            throw new IllegalArgumentException("a delay notice, and only a delay notice, has a promised time");
        }
        if ((type == EventType.EDITED) != (field != null)) {
            throw new IllegalArgumentException("an edit, and only an edit, names the field it changed");
        }
        boolean setsDue = type == EventType.CREATED || type == EventType.RECALCULATED || field == EditedField.DUE;
        if (setsDue != (dueAt != null) || setsDue != (dueSoonAt != null)) {
            throw new IllegalArgumentException("the creation, a recalculation and an edited due time, and nothing "
                    + "else, set the due time");
        }
        if ((type == EventType.UNDONE) != (undoesEventId != null)) {
            throw new IllegalArgumentException("an undo, and only an undo, names the event it takes back");
        }
        if (type.transfersOwnership() && toRepId == null) {
            throw new IllegalArgumentException(type.label() + " needs the new owner");
        }
    }

    public static ItemEvent created(Instant at, long ownerId, Instant dueAt, Instant dueSoonAt) {
        return new ItemEvent(0, EventType.CREATED, at, null, null, null, dueAt, dueSoonAt, null, ownerId, null, null, null, null, null);
    }

    public static ItemEvent recalculated(Instant at, Instant dueAt, Instant dueSoonAt, String note) {
        return new ItemEvent(0, EventType.RECALCULATED, at, null, null, null, dueAt, dueSoonAt, null, null, note, null, null, null, null);
    }

    public static ItemEvent attempt(Instant at, long actorId, AttemptOutcome outcome, String note) {
        return new ItemEvent(0, EventType.ATTEMPT, at, actorId, outcome, null, null, null, null, null, note, null, null, null, null);
    }

    public static ItemEvent replied(Instant at, long actorId) {
        return new ItemEvent(0, EventType.REPLIED, at, actorId, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ItemEvent delay(Instant at, long actorId, Instant promisedUntil, String note) {
        return new ItemEvent(0, EventType.DELAY, at, actorId, null, promisedUntil, null, null, null, null, note, null, null, null, null);
    }

    public static ItemEvent transfer(EventType type, Instant at, Long actorId, long fromId, long toId, String reason) {
        return new ItemEvent(0, type, at, actorId, null, null, null, null, fromId, toId, reason, null, null, null, null);
    }

    public static ItemEvent completed(Instant at, long actorId) {
        return new ItemEvent(0, EventType.COMPLETED, at, actorId, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ItemEvent reopened(Instant at, long actorId, String note) {
        return new ItemEvent(0, EventType.REOPENED, at, actorId, null, null, null, null, null, null, note, null, null, null, null);
    }

    public static ItemEvent note(Instant at, Long actorId, String text) {
        return new ItemEvent(0, EventType.NOTE, at, actorId, null, null, null, null, null, null, text, null, null, null, null);
    }

    /**
     * {@code field} changed from {@code oldValue} to {@code newValue} (null for empty); an edited due time also
     * gives the new {@code dueAt} and {@code dueSoonAt}, and its values are the instants as ISO text.
     */
    public static ItemEvent edited(Instant at, Long actorId, EditedField field, String oldValue, String newValue,
                                   Instant dueAt, Instant dueSoonAt) {
        return new ItemEvent(0, EventType.EDITED, at, actorId, null, null, dueAt, dueSoonAt, null, null, null, null,
                field, oldValue, newValue);
    }

    /** Takes back event {@code eventId}; when that was a hand-over, {@code fromId} gives the item back to {@code toId}. */
    public static ItemEvent undone(Instant at, Long actorId, long eventId, Long fromId, Long toId) {
        return new ItemEvent(0, EventType.UNDONE, at, actorId, null, null, null, null, fromId, toId, null, eventId, null, null, null);
    }

    /** The ids of the events in {@code events} that an undo took back. */
    public static java.util.Set<Long> undoneIds(java.util.List<ItemEvent> events) {
        // A loop, and no set for the usual history without undos: every replay asks, imports once per action.
        java.util.Set<Long> undone = null;
        for (ItemEvent e : events) {
            if (e.type() == EventType.UNDONE) {
                if (undone == null) {
                    undone = new java.util.HashSet<>();
                }
                undone.add(e.undoesEventId());
            }
        }
        return undone == null ? java.util.Set.of() : undone;
    }

    /** The same event, done by the rep {@code actor}. */
    public ItemEvent by(long actor) {
        return new ItemEvent(id, type, at, actor, outcome, promisedUntil, dueAt, dueSoonAt, fromRepId, toRepId, note,
                undoesEventId, field, oldValue, newValue);
    }

    public ItemEvent withId(long newId) {
        return new ItemEvent(newId, type, at, actorId, outcome, promisedUntil, dueAt, dueSoonAt, fromRepId, toRepId, note,
                undoesEventId, field, oldValue, newValue);
    }
}
