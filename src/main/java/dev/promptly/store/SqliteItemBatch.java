package dev.promptly.store;

import dev.promptly.items.Item;
import dev.promptly.items.ItemBatch;
import dev.promptly.items.ItemEvent;
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
        this.items = connection.prepareStatement(ItemRows.INSERT_ITEM);
        this.events = connection.prepareStatement(ItemRows.INSERT_EVENT);
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        return Jdbc.queryOne(connection, "SELECT coalesce(max(id), 0) FROM " + table, row -> row.getLong(1))
                .orElse(0L);
    }

    @Override
    public long add(Item item, List<ItemEvent> history) {
        long id = nextItemId++;
        try {
            Jdbc.bind(items, ItemRows.item(id, item));
            items.addBatch();
            for (ItemEvent e : history) {
                Jdbc.bind(events, ItemRows.event(nextEventId++, id, e));
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
