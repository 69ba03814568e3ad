package dev.promptly.store;

import dev.promptly.items.Item;
import dev.promptly.items.ItemBatch;
import dev.promptly.items.ItemEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes items and events on the caller's transaction, many rows to a statement (a round trip per row was most of a
 * large import's time): multi-row INSERTs on SQLite, COPY on PostgreSQL ({@link Database#batchRows}). Ids are assigned here, from the highest stored ones, which is safe because a write
 * transaction holds the store's write lock from its start (on PostgreSQL, the batch also locks both tables against
 * writers outside Promptly).
 */
final class SqlItemBatch implements ItemBatch {

    /**
     * Items a batch writes before it drops the indexes of items and events and builds them again at its end: at
     * least this many, and at least as many as the store held, so that rebuilding costs less than keeping them.
     */
    static final int REBUILD_INDEXES_AT = 10_000;

    private final Database db;
    private final Connection connection;
    private final BatchRows rows;
    private final List<Object[]> itemRows = new ArrayList<>();
    private final List<Object[]> eventRows = new ArrayList<>();
    private final long firstItemId;
    private final int expectedItems;
    private long nextItemId;
    private long nextEventId;
    private boolean dropping = true;
    private LargeWriteIndexes dropped;

    /** @param expectedItems how many items the caller will add, when it knows; 0 when it does not */
    SqlItemBatch(Database db, Connection connection, int expectedItems) throws SQLException {
        this.db = db;
        this.connection = connection;
        this.expectedItems = expectedItems;
        db.beginBatch(connection);
        this.firstItemId = db.highestId(connection, "items") + 1;
        this.nextItemId = firstItemId;
        this.nextEventId = db.highestId(connection, "item_events") + 1;
        this.rows = db.batchRows(connection);
    }

    /** Whether the batch has written so many items that it counts as large (see {@link #REBUILD_INDEXES_AT}). */
    private boolean large() {
        return nextItemId - firstItemId >= Math.max(REBUILD_INDEXES_AT, firstItemId - 1);
    }

    /**
     * Whether the batch will be large, by what the caller expects: then the indexes go before the first rows are
     * written (the first 10,000 items of an import were a tenth of its rows, each kept in eleven indexes).
     */
    private boolean expectedLarge() {
        return expectedItems >= Math.max(REBUILD_INDEXES_AT, firstItemId - 1);
    }

    @Override
    public long add(Item item, List<ItemEvent> history) {
        long id = nextItemId++;
        try {
            itemRows.add(ItemRows.item(id, item));
            for (ItemEvent e : history) {
                eventRows.add(ItemRows.event(nextEventId++, id, e));
            }
            if (itemRows.size() >= rows.itemsPerWrite()) {
                if (dropping && (large() || expectedLarge())) {
                    // The highest id tells roughly how many items the store held before.
                    dropped = db.dropIndexesForLargeWrite(connection, firstItemId == 1);
                    dropping = false;
                }
                // Events only after their items: while an event waits for its item (a deferred foreign key),
                // SQLite searches the events for waiting ones at every item it inserts; PostgreSQL checks each
                // event's item at the end of its statement.
                rows.write(itemRows, eventRows, false);
            }
            return id;
        } catch (SQLException e) {
            throw db.translate(e);
        }
    }

    @Override
    public void close() {
        try (rows) {
            rows.write(itemRows, eventRows, true);
            if (dropped != null) {
                dropped.rebuild();
            }
            db.endBatch(connection, List.of("items", "item_events"), large());
        } catch (SQLException e) {
            throw db.translate(e);
        }
    }
}
