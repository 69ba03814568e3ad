package dev.promptly.store;

import dev.promptly.StoreLocation;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Copies a whole single-user store into an empty team store: every table, every row, every id, in one transaction
 * on the server, with PostgreSQL's COPY. The counts of both sides are compared before the commit; any difference,
 * or any failure, leaves the team store as it was.
 */
public final class StoreCopy {

    /** The tables in an order that puts every row after the rows it refers to, with the order of their keys. */
    private static final Map<String, String> TABLES = tables();

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("teams", "id");
        tables.put("reps", "id");
        tables.put("customers", "id");
        tables.put("items", "id");
        tables.put("item_events", "id");
        tables.put("imported_records", "source, external_id");
        tables.put("mail_accounts", "rep_id");
        tables.put("mail_folders", "rep_id, folder");
        tables.put("mail_messages", "rep_id, message_key");
        tables.put("inbox_snapshots", "rep_id, at");
        return tables;
    }

    /** The rows of each table on both sides, in copy order. */
    public record Result(StoreLocation from, StoreLocation to, Map<String, Long> rows) {
    }

    private StoreCopy() {
    }

    /** Copies the store in {@code from} into the team store at {@code to}, setting it up first if it is new. */
    public static Result copy(Store from, StoreLocation.Server to, String password) {
        ServerConnections server = new ServerConnections(to, password);
        StoreSetup.setUp(server);
        Database source = from.database();
        return source.withConnection(reading -> {
            try (Connection target = server.connect()) {
                return copy(reading, target, from.location(), to);
            } catch (SQLException e) {
                throw PostgresFailure.explain(e, to);
            }
        });
    }

    private static Result copy(Connection source, Connection target, StoreLocation from, StoreLocation.Server to)
            throws SQLException {
        target.setAutoCommit(false);
        try {
            try (Statement statement = target.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + PostgresDatabase.WRITE_LOCK + ")");
            }
            requireEmpty(target, to);
            // Reading the single-user store in one transaction: a Promptly writing it meanwhile cannot make the
            // copy see half of a change.
            try (Statement begin = source.createStatement()) {
                begin.execute("BEGIN");
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                rows.put(table.getKey(), copyTable(source, target, table.getKey(), table.getValue()));
            }
            for (Map.Entry<String, Long> table : rows.entrySet()) {
                long copied = count(target, table.getKey());
                long original = count(source, table.getKey());
                if (copied != table.getValue() || original != table.getValue()) {
                    throw new StoreException("the copy of " + table.getKey() + " does not match: " + original
                            + " rows in " + from.display() + ", " + copied + " in the team store; nothing was copied",
                            null);
                }
            }
            try (Statement statement = target.createStatement()) {
                for (String table : List.of("teams", "reps", "customers", "items", "item_events")) {
                    statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + "coalesce((SELECT max(id) FROM " + table + "), 0) + 1, false)");
                }
            }
            target.commit();
            return new Result(from, to, rows);
        } catch (SQLException | RuntimeException e) {
            try {
                target.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            try (Statement end = source.createStatement()) {
                end.execute("ROLLBACK");
            } catch (SQLException notInTransaction) {
                // the read transaction never began
            }
        }
    }

    private static void requireEmpty(Connection target, StoreLocation.Server to) throws SQLException {
        List<String> held = new ArrayList<>();
        for (String table : List.of("teams", "reps", "customers", "items")) {
            long rows = count(target, table);
            if (rows > 0) {
                held.add(rows + " " + table);
            }
        }
        if (!held.isEmpty()) {
            throw new InvalidInputException("the team store at " + to.display() + " is not empty (it holds "
                    + String.join(", ", held) + "); copy only into a new database or one that holds no teams, "
                    + "people or items yet. Nothing was copied");
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        return Jdbc.queryOne(c, "SELECT count(*) FROM " + table, row -> row.getLong(1)).orElse(0L);
    }

    private static long copyTable(Connection source, Connection target, String table, String key)
            throws SQLException {
        try (Statement select = source.createStatement();
             ResultSet rows = select.executeQuery("SELECT * FROM " + table + " ORDER BY " + key)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            CopyCsv copy = CopyCsv.start(target.unwrap(PGConnection.class).getCopyAPI(),
                    "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)");
            try {
                while (rows.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        copy.value(rows.getObject(i));
                    }
                    copy.endRow();
                }
                return copy.end();
            } catch (SQLException | RuntimeException e) {
                copy.cancelAfter(e);
                throw e;
            }
        }
    }
}
