package dev.promptly.store;

import dev.promptly.items.Item;
import dev.promptly.items.ItemBatch;
import dev.promptly.items.ItemEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes items and events on the caller's transaction, many rows to a statement (a round trip into SQLite per row
 * was most of a large import's time). Ids are assigned here, from the highest stored ones, which is safe because an
 * immediate transaction holds SQLite's write lock from its start.
 */
final class SqliteItemBatch implements ItemBatch {

    /** Rows per statement: well under SQLite's limit of 32,766 parameters for both tables. */
    private static final int ROWS_PER_STATEMENT = 100;

    private final Path file;
    private final Connection connection;
    private final PreparedStatement items;
    private final PreparedStatement events;
    private final List<Object[]> itemRows = new ArrayList<>();
    private final List<Object[]> eventRows = new ArrayList<>();
    private long nextItemId;
    private long nextEventId;

    SqliteItemBatch(Connection connection, Path file) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.nextItemId = maxId(connection, "items") + 1;
        this.nextEventId = maxId(connection, "item_events") + 1;
        // Events may be written before the last items they refer to; the references are checked at commit.
        try (java.sql.Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA defer_foreign_keys = ON");
        }
        this.items = connection.prepareStatement(ItemRows.manyRows(ItemRows.INSERT_ITEM, ROWS_PER_STATEMENT));
        this.events = connection.prepareStatement(ItemRows.manyRows(ItemRows.INSERT_EVENT, ROWS_PER_STATEMENT));
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        return Jdbc.queryOne(connection, "SELECT coalesce(max(id), 0) FROM " + table, row -> row.getLong(1))
                .orElse(0L);
    }

    @Override
    public long add(Item item, List<ItemEvent> history) {
        long id = nextItemId++;
        try {
            itemRows.add(ItemRows.item(id, item));
            for (ItemEvent e : history) {
                eventRows.add(ItemRows.event(nextEventId++, id, e));
            }
            write(itemRows, items, ItemRows.INSERT_ITEM, false);
            write(eventRows, events, ItemRows.INSERT_EVENT, false);
            return id;
        } catch (SQLException e) {
            throw Jdbc.translate(e, file);
        }
    }

    /** Writes the buffered rows by full statements; with {@code all}, the rest one by one as well. */
    private void write(List<Object[]> rows, PreparedStatement many, String single, boolean all) throws SQLException {
        while (rows.size() >= ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(0, ROWS_PER_STATEMENT);
            Jdbc.bind(many, chunk.stream().flatMap(java.util.Arrays::stream).toArray());
            many.executeUpdate();
            chunk.clear();
        }
        if (all && !rows.isEmpty()) {
            try (PreparedStatement one = connection.prepareStatement(single)) {
                for (Object[] row : rows) {
                    Jdbc.bind(one, row);
                    one.executeUpdate();
                }
            }
            rows.clear();
        }
    }

    @Override
    public void close() {
        try (items; events) {
            write(itemRows, items, ItemRows.INSERT_ITEM, true);
            write(eventRows, events, ItemRows.INSERT_EVENT, true);
        } catch (SQLException e) {
            throw Jdbc.translate(e, file);
        }
    }
}
