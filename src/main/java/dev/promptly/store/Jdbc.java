package dev.promptly.store;

import dev.promptly.common.Labeled;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Small helpers over plain JDBC, the same on both backends: parameters bound by position, instants stored as UTC
 * epoch milliseconds.
 */
final class Jdbc {

    private Jdbc() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement statement = prepare(c, sql, Statement.NO_GENERATED_KEYS);
        try {
            bind(statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } finally {
            release(statement);
        }
    }

    static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        return query(c, sql, mapper, params).stream().findFirst();
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement statement = prepare(c, sql, Statement.NO_GENERATED_KEYS);
        try {
            bind(statement, params);
            return statement.executeUpdate();
        } finally {
            release(statement);
        }
    }

    static long insert(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement statement = prepare(c, sql, Statement.RETURN_GENERATED_KEYS);
        try {
            bind(statement, params);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } finally {
            release(statement);
        }
    }

    /**
     * Statements prepared on a transaction's connection, kept until the transaction ends: an import runs the same
     * few statements tens of thousands of times, and preparing them was a third of its time. Bounded, as statements
     * with lists of ids differ in their number of marks.
     */
    private static final ThreadLocal<StatementCache> CACHE = new ThreadLocal<>();
    private static final int CACHED_STATEMENTS = 64;

    private static final class StatementCache extends java.util.LinkedHashMap<String, PreparedStatement> {
        private final Connection connection;

        StatementCache(Connection connection) {
            super(16, 0.75f, true);
            this.connection = connection;
        }

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= CACHED_STATEMENTS) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    }

    /** Keeps the statements prepared on {@code transaction} from now until {@link #endStatementCache()}. */
    static void startStatementCache(Connection transaction) {
        CACHE.set(new StatementCache(transaction));
    }

    /** Closes the statements kept for the transaction that ends. */
    static void endStatementCache() {
        StatementCache cache = CACHE.get();
        CACHE.remove();
        if (cache != null) {
            cache.values().forEach(Jdbc::closeQuietly);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, int keys) throws SQLException {
        StatementCache cache = CACHE.get();
        if (cache == null || cache.connection != c) {
            return c.prepareStatement(sql, keys);
        }
        String key = keys + sql;
        PreparedStatement cached = cache.get(key);
        if (cached == null) {
            cached = c.prepareStatement(sql, keys);
            cache.put(key, cached);
        }
        return cached;
    }

    /**
     * Closes a statement unless the transaction's cache keeps it. The driver closes a statement whose execution
     * failed; such a statement leaves the cache quietly, so that the failure (a full disk, a read-only file) is the
     * one reported, not "statement is not executing".
     */
    private static void release(PreparedStatement statement) throws SQLException {
        StatementCache cache = CACHE.get();
        if (cache == null || !cache.containsValue(statement)) {
            statement.close();
            return;
        }
        try {
            statement.clearParameters();
        } catch (SQLException finalisedAfterAFailure) {
            cache.values().remove(statement);
            closeQuietly(statement);
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // closing a statement that SQLite already finalised: nothing to keep
        }
    }

    static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setLong(index, instant.toEpochMilli());
            } else if (value instanceof Labeled labeled) {
                statement.setString(index, labeled.label());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** SQL's {@code ?, ?, ?} for {@code count} parameters. */
    static String marks(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    /**
     * Runs {@code query} over {@code ids} a few hundred at a time (one statement each), keeping statements small
     * whatever the number of ids, and concatenates the results.
     */
    static <T> List<T> inBatches(java.util.Collection<Long> ids, BatchQuery<T> query) throws SQLException {
        List<Long> all = new ArrayList<>(ids);
        List<T> result = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ID_BATCH) {
            result.addAll(query.run(all.subList(from, Math.min(all.size(), from + ID_BATCH))));
        }
        return result;
    }

    private static final int ID_BATCH = 500;

    @FunctionalInterface
    interface BatchQuery<T> {
        List<T> run(List<Long> ids) throws SQLException;
    }

    /** A unique index refused the row, on either backend (SQLite's result code, PostgreSQL's SQLSTATE 23505). */
    static boolean isUniqueViolation(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
        }
        return "23505".equals(e.getSQLState());
    }
}
