package dev.promptly.store;

import dev.promptly.items.Item;
import dev.promptly.items.ItemBatch;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes items and events with JDBC batches on the caller's transaction. Ids are assigned here, from the
 * highest stored ones, which is safe because an immediate transaction holds SQLite's write lock from its start.
 */
final class SqliteItemBatch implements ItemBatch {

    private static final int FLUSH_EVERY = 5_000;

    private final Path file;
    private final PreparedStatement items;
    private final PreparedStatement events;
    private long nextItemId;
    private long nextEventId;
    private int pending;

    SqliteItemBatch(Connection connection, Path file) throws SQLException {
        this.file = file;
        this.nextItemId = maxId(connection, "items") + 1;
        this.nextEventId = maxId(connection, "item_events") + 1;
        this.items = connection.prepareStatement("INSERT INTO items (id, kind, customer_id, subject, priority, "
                + "received_at, due_at, requested_at, source, external_id, owner_rep_id, due_soon_at, resolved_at, "
                + "promised_until, effective_due_at, attempts, last_event_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
        this.events = connection.prepareStatement("INSERT INTO item_events (id, item_id, type, at, actor_rep_id, "
                + "outcome, promised_until, due_at, due_soon_at, from_rep_id, to_rep_id, note, undoes_event_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        return Jdbc.queryOne(connection, "SELECT coalesce(max(id), 0) FROM " + table, row -> row.getLong(1))
                .orElse(0L);
    }

    @Override
    public long add(Item item, List<ItemEvent> history) {
        long id = nextItemId++;
        Progress p = item.progress();
        try {
            Jdbc.bind(items, id, item.kind(), item.customerId(), item.subject(), item.priority().ordinal(),
                    item.receivedAt(), item.dueAt(), item.requestedAt(), item.source(), item.externalId(),
                    p.ownerId(), p.dueSoonAt(), p.resolvedAt(), p.promisedUntil(), item.deadline().effectiveDueAt(), p.attempts(),
                    p.lastEventAt());
            items.addBatch();
            for (ItemEvent e : history) {
                Jdbc.bind(events, nextEventId++, id, e.type(), e.at(), e.actorId(), e.outcome(), e.promisedUntil(),
                        e.dueAt(), e.dueSoonAt(), e.fromRepId(), e.toRepId(), e.note(), e.undoesEventId());
                events.addBatch();
            }
            if (++pending >= FLUSH_EVERY) {
                flush();
            }
            return id;
        } catch (SQLException e) {
            throw Jdbc.translate(e, file);
        }
    }

    private void flush() throws SQLException {
        items.executeBatch();
        events.executeBatch();
        pending = 0;
    }

    @Override
    public void close() {
        try (items; events) {
            flush();
        } catch (SQLException e) {
            throw Jdbc.translate(e, file);
        }
    }
}
