package dev.promptly.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A batch's rows by PostgreSQL's COPY, in CSV: one COPY of the items, then one of their events, for every
 * {@link #ITEMS_PER_COPY} items. COPY takes rows as a stream, without a statement to parse and plan or a parameter
 * to bind for each; multi-row INSERTs of 100 rows made the million-item demo store several times slower to write on
 * PostgreSQL than on SQLite. The columns are those of {@link ItemRows}' inserts, in the same order.
 */
final class CopyRows implements BatchRows {

    /**
     * Items per COPY (with their events, about 2.4 times as many rows): large enough that starting a COPY costs
     * nothing measurable, small enough that a batch holds only a few megabytes of rows at a time.
     */
    static final int ITEMS_PER_COPY = 10_000;

    private static final String COPY_ITEMS = copy(ItemRows.INSERT_ITEM);
    private static final String COPY_EVENTS = copy(ItemRows.INSERT_EVENT);

    private final CopyManager copies;

    CopyRows(Connection connection) throws SQLException {
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** {@code INSERT INTO table (columns) VALUES ...} as {@code COPY table (columns) FROM STDIN (FORMAT csv)}. */
    static String copy(String insert) {
        String prefix = "INSERT INTO ";
        return "COPY " + insert.substring(prefix.length(), insert.indexOf(" VALUES")) + " FROM STDIN (FORMAT csv)";
    }

    @Override
    public int itemsPerWrite() {
        return ITEMS_PER_COPY;
    }

    @Override
    public void write(List<Object[]> items, List<Object[]> events, boolean all) throws SQLException {
        CopyCsv.copy(copies, COPY_ITEMS, items);
        items.clear();
        CopyCsv.copy(copies, COPY_EVENTS, events);
        events.clear();
    }

    @Override
    public void close() {
        // nothing held between writes
    }
}
