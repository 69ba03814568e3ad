package dev.promptly.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A batch's rows by multi-row INSERTs of {@link #ROWS_PER_STATEMENT} rows each (a round trip per row was most of a
 * large import's time), the rest one by one at the end.
 */
final class InsertRows implements BatchRows {

    /** Rows per statement: well under SQLite's limit of 32,766 parameters for both tables. */
    static final int ROWS_PER_STATEMENT = 100;

    private final Connection connection;
    private final PreparedStatement items;
    private final PreparedStatement events;

    InsertRows(Connection connection) throws SQLException {
        this.connection = connection;
        this.items = connection.prepareStatement(ItemRows.manyRows(ItemRows.INSERT_ITEM, ROWS_PER_STATEMENT));
        try {
            this.events = connection.prepareStatement(ItemRows.manyRows(ItemRows.INSERT_EVENT, ROWS_PER_STATEMENT));
        } catch (SQLException e) {
            items.close();
            throw e;
        }
    }

    @Override
    public int itemsPerWrite() {
        return ROWS_PER_STATEMENT;
    }

    @Override
    public void write(List<Object[]> itemRows, List<Object[]> eventRows, boolean all) throws SQLException {
        write(itemRows, items, ItemRows.INSERT_ITEM, all);
        write(eventRows, events, ItemRows.INSERT_EVENT, all);
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
    public void close() throws SQLException {
        try (items; events) {
            // both closed
        }
    }
}
