package dev.promptly.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The secondary indexes of a few tables, dropped while a large batch writes into them and built again before it
 * ends (docs/adr/0015): building an index from sorted rows is several times faster than keeping it up to date row by
 * row. Both happen on the batch's transaction, so a failed or killed import leaves the indexes as they were, and
 * readers see the old indexes until the commit. The definitions are read from the store itself, so every index a
 * migration adds is rebuilt as it was made.
 */
final class LargeWriteIndexes {

    private final Connection connection;
    private final List<String> definitions;

    private LargeWriteIndexes(Connection connection, List<String> definitions) {
        this.connection = connection;
        this.definitions = definitions;
    }

    /**
     * Drops the indexes of {@code tables} but those named in {@code kept} (and the primary keys or unique constraints
     * of their columns, which are not indexes of their own).
     */
    static LargeWriteIndexes drop(Connection connection, List<String> tables, Set<String> kept) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        for (String table : tables) {
            Jdbc.query(connection, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                    + "AND sql IS NOT NULL ORDER BY name", row -> {
                        names.add(row.getString(1));
                        definitions.add(row.getString(2));
                        return null;
                    }, table);
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            if (kept.contains(names.get(i))) {
                names.remove(i);
                definitions.remove(i);
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return new LargeWriteIndexes(connection, List.copyOf(definitions));
    }

    /** Builds the dropped indexes again; a unique index fails here if the batch wrote a duplicate. */
    void rebuild() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }
}
