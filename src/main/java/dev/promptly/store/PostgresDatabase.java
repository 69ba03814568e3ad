package dev.promptly.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.promptly.StoreLocation;
import dev.promptly.common.NotAllowedException;
import dev.promptly.common.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A team's store on a PostgreSQL server, through a small pool of connections. Opening it never changes the schema:
 * {@link PostgresSetup} (the {@code store setup} command) does, and a client finding the schema out of date says so.
 */
final class PostgresDatabase extends Database {

    /** The highest migration in db/migration/postgresql. */
    static final int SCHEMA_VERSION = 8;

    /**
     * The advisory lock every write transaction takes first: writers take turns, as on SQLite, so that a
     * read-then-write in a transaction (an import checking its ledger, a batch assigning ids) never races another.
     * Readers never wait for it. The number is "Promptly" in ASCII, so that it does not collide with other users
     * of advisory locks on the same server.
     */
    static final long WRITE_LOCK = 0x50726f6d70746cL;

    private final ServerConnections server;
    private final HikariDataSource pool;

    private PostgresDatabase(ServerConnections server, HikariDataSource pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Opens the team store at {@code location}, which must be set up for this version of Promptly. */
    static PostgresDatabase open(StoreLocation.Server location, String password) {
        ServerConnections server = new ServerConnections(location, password);
        PostgresDatabase database = new PostgresDatabase(server, server.pool());
        try {
            database.requireCurrentSchema();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private void requireCurrentSchema() {
        int version = schemaVersion();
        String where = "the team store at " + server.location().display();
        if (version == 0) {
            throw new StoreException(where + " is not set up for Promptly: run promptly store setup --db "
                    + server.location().display() + " as the database's owner", null);
        }
        if (version < SCHEMA_VERSION) {
            throw new StoreException(where + " was set up by an older Promptly (schema " + version + "; this one "
                    + "needs " + SCHEMA_VERSION + "): run promptly store setup --db " + server.location().display()
                    + " as the database's owner", null);
        }
        if (version > SCHEMA_VERSION) {
            throw new StoreException(where + " was set up by a newer Promptly (schema " + version + "; this one "
                    + "knows up to " + SCHEMA_VERSION + "): install the newer Promptly", null);
        }
    }

    @Override
    StoreLocation.Server location() {
        return server.location();
    }

    ServerConnections server() {
        return server;
    }

    @Override
    Connection connect() throws SQLException {
        return pool.getConnection();
    }

    @Override
    void roleChanged(Connection connection, long repId, String role) throws SQLException {
        Jdbc.query(connection, "SELECT promptly_grant_role(login, ?) FROM reps WHERE id = ? AND login IS NOT NULL",
                row -> null, role, repId);
    }

    @Override
    void close() {
        pool.close();
    }

    @Override
    void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
        }
    }

    @Override
    void commit(Connection connection) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    void rollBack(Connection connection, Throwable failure) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed); // a lost connection: the server rolls back by itself
        }
    }

    @Override
    RuntimeException translate(SQLException e) {
        return PostgresFailure.explain(e, server.location());
    }

    @Override
    String equalsIgnoringCase(String column) {
        return "lower(" + column + ") = lower(?)";
    }

    /** The highest successful migration in Flyway's history; 0 when the database was never set up. */
    @Override
    int schemaVersion() {
        return withConnection(c -> {
            boolean setUp = Jdbc.queryOne(c, "SELECT to_regclass('flyway_schema_history') IS NOT NULL",
                    row -> row.getBoolean(1)).orElse(false);
            if (!setUp) {
                return 0;
            }
            // Every Promptly role may read it (V5); a login without one (never added, or removed) may not.
            boolean promptlyLogin = Jdbc.queryOne(c, "SELECT has_table_privilege('flyway_schema_history', 'SELECT')",
                    row -> row.getBoolean(1)).orElse(false);
            if (!promptlyLogin) {
                String login = Jdbc.queryOne(c, "SELECT current_user", row -> row.getString(1)).orElse("?");
                throw new NotAllowedException(login + " may not use the team store at " + server.location().display()
                        + ": it is not, or no longer, a Promptly login there; an admin gives access with promptly "
                        + "users add", null);
            }
            return Jdbc.queryOne(c, "SELECT coalesce(max(version::int), 0) FROM flyway_schema_history "
                    + "WHERE success AND version IS NOT NULL", row -> row.getInt(1)).orElse(0);
        });
    }

    @Override
    String engine() {
        return "PostgreSQL " + withConnection(c -> Jdbc.queryOne(c, "SHOW server_version", row -> row.getString(1))
                .orElse("?"));
    }

    /** The login this store's connections use, as the server knows it. */
    String login() {
        return withConnection(c -> Jdbc.queryOne(c, "SELECT current_user", row -> row.getString(1)).orElse("?"));
    }

    @Override
    List<String> check() {
        return withConnection(c -> {
            List<String> problems = new ArrayList<>();
            List<String> present = Jdbc.query(c, "SELECT tablename FROM pg_tables WHERE schemaname = "
                    + "current_schema()", row -> row.getString(1));
            SqliteDatabase.TABLES.stream().filter(table -> !present.contains(table))
                    .forEach(table -> problems.add("the table " + table + " is missing"));
            if (!problems.isEmpty()) {
                return problems;
            }
            // The server keeps references and constraints itself; what it cannot know is whether each item's
            // stored state still agrees with its events.
            Jdbc.query(c, "SELECT i.id FROM items i WHERE NOT EXISTS (SELECT 1 FROM item_events e "
                    + "WHERE e.item_id = i.id AND e.type = 'created') ORDER BY i.id LIMIT 20",
                    row -> "item " + row.getLong(1) + " has no 'created' event").forEach(problems::add);
            Jdbc.query(c, "SELECT i.id FROM items i WHERE i.last_event_at < (SELECT max(e.at) FROM item_events e "
                    + "WHERE e.item_id = i.id) ORDER BY i.id LIMIT 20",
                    row -> "item " + row.getLong(1) + " is older than its last event").forEach(problems::add);
            return problems;
        });
    }

    /**
     * A batch assigns ids from the highest stored ones: Promptly's writers wait for the write lock, and the table
     * lock keeps out anyone inserting around Promptly (with psql, say) until the commit.
     */
    @Override
    void beginBatch(Connection connection) throws SQLException {
        // A signed-in rep may update items but only add events, and this lock mode needs the right to update: their
        // batch locks items only. An event added around Promptly meanwhile (psql) would then collide with an id the
        // batch gave, and the batch fail whole: nothing is ever written twice or half.
        boolean mayLockEvents = Jdbc.queryOne(connection, "SELECT has_table_privilege('item_events', 'UPDATE')",
                row -> row.getBoolean(1)).orElse(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE items" + (mayLockEvents ? ", item_events" : "")
                    + " IN SHARE ROW EXCLUSIVE MODE");
        }
    }

    /**
     * Only when the batch began on a store without items (a new team store filled by {@code demo generate} or a first
     * import): dropping an index locks the whole table against every reader of the team until the commit, which on a
     * store in use would stop the team's screens for the length of the batch, but on an empty one only makes a reader
     * wait for the first items instead of seeing none. Keeping the indexes up to date row by row was most of the
     * time of writing a million items here: building them afresh from the written rows is several times faster.
     */
    @Override
    LargeWriteIndexes dropIndexesForLargeWrite(Connection connection, boolean storeWasEmpty) throws SQLException {
        if (!storeWasEmpty || !ownsTheTables(connection)) {
            return null; // only the tables' owner may drop and build their indexes; a signed-in rep writes through them
        }
        return LargeWriteIndexes.dropOnServer(connection, List.of("items", "item_events"));
    }

    private static boolean ownsTheTables(Connection connection) throws SQLException {
        return Jdbc.queryOne(connection, "SELECT bool_and(pg_has_role(session_user, relowner, 'USAGE')) FROM pg_class "
                + "WHERE oid IN ('items'::regclass, 'item_events'::regclass)", row -> row.getBoolean(1)).orElse(false);
    }

    /**
     * COPY: many times faster than multi-row INSERTs here (see {@link CopyRows}); but PostgreSQL refuses COPY into
     * tables whose row-level security applies to the session, so a signed-in rep's batch inserts rows, each checked.
     */
    @Override
    BatchRows batchRows(Connection connection) throws SQLException {
        return ownsTheTables(connection) ? new CopyRows(connection) : new InsertRows(connection);
    }

    /**
     * Moves each table's id sequence past the ids the batch gave, so the next single insert does not collide. After a
     * large batch, also brings the planner's statistics of the tables up to date: until autovacuum gets to them
     * (a minute or more after the commit), the planner would plan the screens' queries for the tables as they were,
     * empty or a fraction of their size. ANALYZE inside the transaction counts the batch's own rows.
     */
    @Override
    long highestId(Connection connection, String table) throws SQLException {
        // A signed-in rep sees only some rows: max(id) would be theirs, and the batch's ids would collide.
        return Jdbc.queryOne(connection, "SELECT promptly_highest_id(?)", row -> row.getLong(1), table).orElse(0L);
    }

    @Override
    void endBatch(Connection connection, List<String> tables, boolean large) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "promptly_highest_id('" + table + "') + 1, false)");
            }
            if (large) {
                statement.execute("ANALYZE " + String.join(", ", tables));
            }
        }
    }
}
