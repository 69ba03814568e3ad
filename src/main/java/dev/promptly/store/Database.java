package dev.promptly.store;

import dev.promptly.StoreLocation;
import dev.promptly.common.StoreException;
import dev.promptly.common.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The database behind the store, whichever it is: the repositories' SQL runs on either, and what differs (how a
 * connection is made, how a write transaction begins, how failures read, a few phrases of SQL) is here, one subclass
 * per backend, chosen once from the store's location. Each unit of work gets a connection of its own; work inside
 * {@link #inTransaction} shares one connection per thread so that all of it commits or none of it.
 */
abstract sealed class Database implements Transactions permits SqliteDatabase, PostgresDatabase {

    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    /** Opens the store at {@code location}; {@code password} is for a server, null to use ~/.pgpass or none. */
    static Database open(StoreLocation location, String password) {
        if (location instanceof StoreLocation.Server server) {
            return PostgresDatabase.open(server, password);
        }
        return SqliteDatabase.open(((StoreLocation.File) location).path());
    }

    abstract StoreLocation location();

    /** A new connection, in auto-commit mode. */
    abstract Connection connect() throws SQLException;

    /**
     * Begins a write transaction on {@code connection}. Both backends let one writer at a time in, as SQLite must:
     * a read-then-write in a transaction never sees its reads changed under it.
     */
    abstract void begin(Connection connection) throws SQLException;

    abstract void commit(Connection connection) throws SQLException;

    /** Rolls back after {@code failure}; a rollback that fails too is added to it, never reported instead of it. */
    abstract void rollBack(Connection connection, Throwable failure);

    /** Refuses a write before it starts, saying why, when this store cannot be written. */
    void checkWritable() {
    }

    /** The failure as the user should read it. */
    abstract RuntimeException translate(SQLException e);

    /** {@code column = ?}, comparing text the way the store's unique names do: ignoring case. */
    abstract String equalsIgnoringCase(String column);

    /** The schema version the store is at. */
    abstract int schemaVersion();

    /** The database engine and its version, as a user reads it ("SQLite 3.50.4", "PostgreSQL 15.18"). */
    abstract String engine();

    /** The checks of {@code promptly check}; an empty list means sound. */
    abstract List<String> check();

    /** Prepares a transaction's connection for a large batch that assigns ids itself. */
    abstract void beginBatch(Connection connection) throws SQLException;

    /**
     * Indexes to drop for the rest of a large batch and build again at its end, or null to keep them;
     * {@code storeWasEmpty} when the batch began on a store without items.
     */
    abstract LargeWriteIndexes dropIndexesForLargeWrite(Connection connection, boolean storeWasEmpty)
            throws SQLException;

    /** How a large batch on {@code connection} writes its rows (multi-row INSERTs, or the backend's faster way). */
    abstract BatchRows batchRows(Connection connection) throws SQLException;

    /** The highest id stored in {@code table}, whatever rows the session may see (0 when there is none). */
    long highestId(Connection connection, String table) throws SQLException {
        return Jdbc.queryOne(connection, "SELECT coalesce(max(id), 0) FROM " + table, row -> row.getLong(1))
                .orElse(0L);
    }

    /**
     * Tells the store that a batch assigned ids up to the highest in {@code tables}; {@code large} when the batch
     * wrote at least as many items as the store held before (and at least {@link SqlItemBatch#REBUILD_INDEXES_AT}).
     */
    abstract void endBatch(Connection connection, List<String> tables, boolean large) throws SQLException;

    /** Follows a rep's new role with whatever else the store keeps of it (a team store: the login's group). */
    void roleChanged(Connection connection, long repId, String role) throws SQLException {
    }

    /** Releases the connections; a no-op where each unit of work opens its own. */
    void close() {
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transaction.get() != null) {
            return work.get();
        }
        checkWritable();
        try (Connection connection = connect()) {
            begin(connection);
            transaction.set(connection);
            Jdbc.startStatementCache(connection);
            try {
                T result = work.get();
                Jdbc.endStatementCache();
                commit(connection);
                return result;
            } catch (RuntimeException | Error e) {
                Jdbc.endStatementCache();
                rollBack(connection, e);
                throw e;
            } finally {
                Jdbc.endStatementCache();
                transaction.remove();
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs {@code work} on the current transaction's connection, or on a connection of its own. */
    <T> T withConnection(SqlWork<T> work) {
        Connection current = transaction.get();
        try {
            if (current != null) {
                return work.run(current);
            }
            try (Connection connection = connect()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** The connection of the transaction running on this thread; there must be one. */
    Connection transactionConnection() {
        Connection current = transaction.get();
        if (current == null) {
            throw new IllegalStateException("no transaction on this thread");
        }
        return current;
    }

    /** Runs {@code work} in a transaction of its own, or in the current one. */
    <T> T write(SqlWork<T> work) {
        return inTransaction(() -> withConnection(work));
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
