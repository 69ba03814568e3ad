package dev.promptly.store;

import dev.promptly.common.OwnerOnlyFiles;
import dev.promptly.common.StoreException;
import dev.promptly.common.Transactions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file behind the store: opened with WAL, foreign keys and a busy timeout, migrated on open.
 * Each unit of work gets its own connection, so a long import does not block readers; work inside
 * {@link #inTransaction} shares one connection per thread so that all of it commits or none of it.
 */
public final class Database implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final StoreAccess access;
    private final SQLiteDataSource dataSource;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    private Database(Path file, StoreAccess access) {
        this.file = file;
        this.access = access;
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Up to 32 MiB of pages per connection (SQLite's default is 2): imports write into six indexes of items,
        // and with the small cache most of their time went to re-reading index pages.
        config.setCacheSize(-32 * 1024);
        access.configure(config);
        this.dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(access.url(file));
    }

    /**
     * Opens (creating if needed, readable by its owner only) and migrates the store at {@code file}; read-only when
     * this process may not write it. A store this call created but could not finish (a full disk) is removed again.
     */
    public static Database open(Path file) {
        boolean created = createPrivately(file);
        try {
            Database database = new Database(file, StoreAccess.of(file));
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            if (created) {
                UnfinishedStore.remove(file);
            }
            throw e;
        }
    }

    /** Creates the file if it is missing; true if this call created it. */
    private static boolean createPrivately(Path file) {
        if (Files.exists(file)) {
            return false; // An existing store keeps the permissions it has, and may be read-only.
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createFile(file, OwnerOnlyFiles.attributesIn(parent));
            return true;
        } catch (FileAlreadyExistsException alreadyThere) {
            return false;
        } catch (IOException e) {
            throw new StoreException("cannot create the store at " + file + ": " + FileFailure.reason(e, file), e);
        }
    }

    /** The highest migration in db/migration; a store at this version opens without starting Flyway. */
    static final int SCHEMA_VERSION = 3;

    private void migrate() {
        int version = schemaVersion();
        if (version == SCHEMA_VERSION) {
            return; // Flyway takes a few hundred milliseconds to start; a store this build migrated does not need it.
        }
        if (version > SCHEMA_VERSION) {
            throw new StoreException("cannot open the store at " + file + ": it was written by a newer Promptly "
                    + "(schema " + version + "; this one knows up to " + SCHEMA_VERSION + ")", null);
        }
        if (access.readOnly()) {
            throw new StoreException(access.describe(file) + " and was written by an older Promptly; open it once "
                    + "where it can be written, to bring it up to date", null);
        }
        try {
            // migrate() validates what was applied before, so a store from a build with other migrations is refused.
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {}", file, result.targetSchemaVersion);
            }
            write(c -> {
                try (var statement = c.createStatement()) {
                    statement.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                }
                return null;
            });
        } catch (FlywayException e) {
            SQLException sqlite = sqlCause(e);
            if (sqlite != null && SqliteFailure.of(sqlite) != SqliteFailure.OTHER) {
                throw SqliteFailure.explain(sqlite, file); // a full disk while creating a store, say
            }
            throw new StoreException("cannot open the store at " + file + ": " + e.getMessage().lines().findFirst()
                    .orElse("its schema could not be brought up to date"), e);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** The schema version this build last migrated the store to, kept in SQLite's user_version. */
    int schemaVersion() {
        return withConnection(c -> Jdbc.queryOne(c, "PRAGMA user_version", row -> row.getInt(1)).orElse(0));
    }

    public Path file() {
        return file;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transaction.get() != null) {
            return work.get();
        }
        if (access.readOnly()) {
            throw new StoreException(access.refusal(file), null);
        }
        try (Connection connection = dataSource.getConnection(); Statement control = connection.createStatement()) {
            // Transactions are begun and ended by hand: IMMEDIATE takes the write lock at the start, so a
            // read-then-write never fails half-way with SQLITE_BUSY, and ending one does not begin the next
            // (the driver's commit() would, taking the lock again).
            control.execute("BEGIN IMMEDIATE");
            transaction.set(connection);
            Jdbc.startStatementCache(connection);
            try {
                T result = work.get();
                Jdbc.endStatementCache();
                control.execute("COMMIT");
                return result;
            } catch (RuntimeException | Error e) {
                Jdbc.endStatementCache();
                rollBack(control, e);
                throw e;
            } finally {
                Jdbc.endStatementCache();
                transaction.remove();
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, file);
        }
    }

    /**
     * Rolls back after {@code failure}. SQLite has already rolled back after some failures (a full disk, an I/O
     * error), and then ROLLBACK fails with "no transaction is active": the failure that caused it is what to report.
     */
    private static void rollBack(Statement control, Throwable failure) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }

    /** Runs {@code work} on the current transaction's connection, or on a connection of its own. */
    <T> T withConnection(SqlWork<T> work) {
        Connection current = transaction.get();
        try {
            if (current != null) {
                return work.run(current);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, file);
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
