package dev.promptly.store;

import dev.promptly.items.Item;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.Progress;

/**
 * How items and events become rows: one column list and one order of values, shared by single writes and batches,
 * so a new column is added in one place. Batches give ids themselves; single writes leave them to the store.
 */
final class ItemRows {

    static final String INSERT_ITEM = "INSERT INTO items (id, kind, customer_id, subject, priority, received_at, "
            + "requested_at, source, external_id, owner_rep_id, due_at, due_soon_at, resolved_at, promised_until, "
            + "effective_due_at, attempts, last_event_at, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String INSERT_EVENT = "INSERT INTO item_events (id, item_id, type, at, actor_rep_id, outcome, "
            + "promised_until, due_at, due_soon_at, from_rep_id, to_rep_id, note, undoes_event_id, field, old_value, "
            + "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The two inserts above without the id, which the store then assigns. */
    static final String INSERT_NEW_ITEM = withoutId(INSERT_ITEM);
    static final String INSERT_NEW_EVENT = withoutId(INSERT_EVENT);

    private ItemRows() {
    }

    private static String withoutId(String insert) {
        return insert.replaceFirst("\\(id, ", "(").replaceFirst("VALUES \\(\\?, ", "VALUES (");
    }

    /** {@code values} without the leading id, for the inserts without one. */
    static Object[] withoutId(Object[] values) {
        return java.util.Arrays.copyOfRange(values, 1, values.length);
    }

    /** {@code insert} (one of the two above) writing {@code rows} rows in one statement. */
    static String manyRows(String insert, int rows) {
        int values = insert.indexOf("VALUES ") + "VALUES ".length();
        String row = insert.substring(values);
        return insert.substring(0, values) + String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    /** The values for {@link #INSERT_ITEM}, for a new item stored at version 1. */
    static Object[] item(Long id, Item item) {
        Progress p = item.progress();
        return new Object[] {id, item.kind(), item.customerId(), item.subject(), item.priority().ordinal(),
            item.receivedAt(), item.requestedAt(), item.source(), item.externalId(), p.ownerId(), p.dueAt(),
            p.dueSoonAt(), p.resolvedAt(), p.promisedUntil(), item.deadline().effectiveDueAt(), p.attempts(),
            p.lastEventAt(), 1};
    }

    /** The values for {@link #INSERT_EVENT}. */
    static Object[] event(Long id, long itemId, ItemEvent e) {
        return new Object[] {id, itemId, e.type(), e.at(), e.actorId(), e.outcome(), e.promisedUntil(), e.dueAt(),
            e.dueSoonAt(), e.fromRepId(), e.toRepId(), e.note(), e.undoesEventId(), e.field(), e.oldValue(),
            e.newValue()};
    }
}
