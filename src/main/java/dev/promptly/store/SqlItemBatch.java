package dev.promptly.store;

import dev.promptly.items.Item;
import dev.promptly.items.ItemBatch;
import dev.promptly.items.ItemEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes items and events on the caller's transaction, many rows to a statement (a round trip per row was most of a
 * large import's time). Ids are assigned here, from the highest stored ones, which is safe because a write
 * transaction holds the store's write lock from its start (on PostgreSQL, the batch also locks both tables against
 * writers outside Promptly).
 */
final class SqlItemBatch implements ItemBatch {

    /** Rows per statement: well under SQLite's limit of 32,766 parameters for both tables. */
    private static final int ROWS_PER_STATEMENT = 100;

    /**
     * Items a batch writes before it drops the indexes of items and events and builds them again at its end: at
     * least this many, and at least as many as the store held, so that rebuilding costs less than keeping them.
     */
    static final int REBUILD_INDEXES_AT = 10_000;

    private final Database db;
    private final Connection connection;
    private final PreparedStatement items;
    private final PreparedStatement events;
    private final List<Object[]> itemRows = new ArrayList<>();
    private final List<Object[]> eventRows = new ArrayList<>();
    private final long firstItemId;
    private long nextItemId;
    private long nextEventId;
    private boolean dropping = true;
    private LargeWriteIndexes dropped;

    SqlItemBatch(Database db, Connection connection) throws SQLException {
        this.db = db;
        this.connection = connection;
        db.beginBatch(connection);
        this.firstItemId = maxId(connection, "items") + 1;
        this.nextItemId = firstItemId;
        this.nextEventId = maxId(connection, "item_events") + 1;
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
            if (itemRows.size() >= ROWS_PER_STATEMENT) {
                if (dropping && nextItemId - firstItemId >= Math.max(REBUILD_INDEXES_AT, firstItemId - 1)) {
                    // The highest id tells roughly how many items the store held before.
                    dropped = db.dropIndexesForLargeWrite(connection);
                    dropping = false;
                }
                write(itemRows, items, ItemRows.INSERT_ITEM, false);
                // Events only after their items: while an event waits for its item (a deferred foreign key),
                // SQLite searches the events for waiting ones at every item it inserts.
                write(eventRows, events, ItemRows.INSERT_EVENT, false);
            }
            return id;
        } catch (SQLException e) {
            throw db.translate(e);
        }
    }

    /** Writes the buffered rows by full statements; with {@code all}, the rest one by one as well. */
    private void write(List<Object[]> rows, PreparedStatement many, String single, boolean all) throws SQLException {
        Object[] params = null;
        while (rows.size() >= ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(0, ROWS_PER_STATEMENT);
            if (params == null) {
                params = new Object[ROWS_PER_STATEMENT * chunk.get(0).length];
            }
            int at = 0;
            for (Object[] row : chunk) {
                System.arraycopy(row, 0, params, at, row.length);
                at += row.length;
            }
            Jdbc.bind(many, params);
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
            if (dropped != null) {
                dropped.rebuild();
            }
            db.endBatch(connection, List.of("items", "item_events"));
        } catch (SQLException e) {
            throw db.translate(e);
        }
    }
}
