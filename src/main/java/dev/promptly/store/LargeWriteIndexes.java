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

    /**
     * Drops the indexes of {@code tables} on a PostgreSQL server, but those that carry a constraint (primary keys,
     * which the foreign keys of other tables need), and the foreign keys between {@code tables} (an event's item,
     * the event an undo undoes): checking those row by row was most of what was left of the batch's time, and adding
     * them again at the end checks all rows in one join. Foreign keys to other tables (reps, customers) stay: dropping
     * one would lock that table against every reader until the commit.
     */
    static LargeWriteIndexes dropOnServer(Connection connection, List<String> tables) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        String among = String.join(", ", java.util.Collections.nCopies(tables.size(), "to_regclass(?)"));
        for (String table : tables) {
            List<Object> params = new ArrayList<>();
            params.add(table);
            params.addAll(tables);
            Jdbc.query(connection, "SELECT quote_ident(conname), conrelid::regclass::text, pg_get_constraintdef(oid) "
                    + "FROM pg_constraint WHERE contype = 'f' AND conrelid = to_regclass(?) AND confrelid IN ("
                    + among + ") ORDER BY conname", row -> {
                        drops.add("ALTER TABLE " + row.getString(2) + " DROP CONSTRAINT " + row.getString(1));
                        constraints.add("ALTER TABLE " + row.getString(2) + " ADD CONSTRAINT " + row.getString(1)
                                + " " + row.getString(3));
                        return null;
                    }, params.toArray());
        }
        for (String table : tables) {
            Jdbc.query(connection, "SELECT quote_ident(i.relname), pg_get_indexdef(x.indexrelid) FROM pg_index x "
                    + "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = to_regclass(?) "
                    + "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
                    + "ORDER BY i.relname", row -> {
                        drops.add("DROP INDEX " + row.getString(1));
                        definitions.add(row.getString(2));
                        return null;
                    }, table);
        }
        try (Statement statement = connection.createStatement()) {
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
        // The indexes first: the foreign keys' checks then find what they look for through them.
        definitions.addAll(constraints);
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
