package dev.promptly.store;

import dev.promptly.StoreLocation;
import dev.promptly.common.OwnerOnlyFiles;
import dev.promptly.common.StoreException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file behind the single-user store: opened with WAL, foreign keys and a busy timeout, migrated on open.
 * Each unit of work gets its own connection, so a long import does not block readers.
 */
final class SqliteDatabase extends Database {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final StoreAccess access;
    private final SQLiteDataSource dataSource;

    private SqliteDatabase(Path file, StoreAccess access) {
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
    static SqliteDatabase open(Path file) {
        boolean created = createPrivately(file);
        try {
            SqliteDatabase database = new SqliteDatabase(file, StoreAccess.of(file));
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

    /** The highest migration in db/migration/sqlite; a store at this version opens without starting Flyway. */
    static final int SCHEMA_VERSION = 5;

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
                    .locations("classpath:db/migration/sqlite")
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
    @Override
    int schemaVersion() {
        return withConnection(c -> Jdbc.queryOne(c, "PRAGMA user_version", row -> row.getInt(1)).orElse(0));
    }

    Path file() {
        return file;
    }

    @Override
    String engine() {
        return "SQLite " + withConnection(c -> Jdbc.queryOne(c, "SELECT sqlite_version()", row -> row.getString(1))
                .orElse("?"));
    }

    @Override
    StoreLocation location() {
        return new StoreLocation.File(file);
    }

    @Override
    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    void checkWritable() {
        if (access.readOnly()) {
            throw new StoreException(access.refusal(file), null);
        }
    }

    /*
     * Transactions are begun and ended by hand: IMMEDIATE takes the write lock at the start, so a read-then-write
     * never fails half-way with SQLITE_BUSY, and ending one does not begin the next (the driver's commit() would,
     * taking the lock again).
     */
    @Override
    void begin(Connection connection) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
    }

    @Override
    void commit(Connection connection) throws SQLException {
        execute(connection, "COMMIT");
    }

    /**
     * SQLite has already rolled back after some failures (a full disk, an I/O error), and then ROLLBACK fails with
     * "no transaction is active": the failure that caused it is what to report.
     */
    @Override
    void rollBack(Connection connection, Throwable failure) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    StoreException translate(SQLException e) {
        return SqliteFailure.explain(e, file);
    }

    @Override
    String equalsIgnoringCase(String column) {
        return column + " = ? COLLATE NOCASE";
    }

    @Override
    void beginBatch(Connection connection) throws SQLException {
        // Events may be written before the last items they refer to; the references are checked at commit.
        execute(connection, "PRAGMA defer_foreign_keys = ON");
    }

    @Override
    LargeWriteIndexes dropIndexesForLargeWrite(Connection connection, boolean storeWasEmpty) throws SQLException {
        // item_events_item stays: should a foreign key wait (a row that will fail the commit), SQLite looks for
        // waiting events at every item it inserts, and without it would scan them all. Its rows come in item
        // order, so keeping it costs little.
        return LargeWriteIndexes.drop(connection, List.of("items", "item_events"), java.util.Set.of("item_events_item"));
    }

    @Override
    BatchRows batchRows(Connection connection) throws SQLException {
        return new InsertRows(connection);
    }

    @Override
    void endBatch(Connection connection, List<String> tables, boolean large) {
        // SQLite assigns the next id from the highest stored one.
    }

    /**
     * The tables the migrations create. SQLite's checks find nothing wrong with a store that lacks one, as a store
     * saved from a damaged one with sqlite3's .recover may, so check looks for them too.
     */
    static final List<String> TABLES = List.of("teams", "reps", "customers", "items", "item_events",
            "imported_records", "mail_accounts", "mail_folders", "mail_messages", "inbox_snapshots");

    /** SQLite's integrity and foreign-key checks, and that every table is there. */
    @Override
    List<String> check() {
        return withConnection(c -> {
            List<String> problems = new ArrayList<>();
            for (String line : Jdbc.query(c, "PRAGMA integrity_check", row -> row.getString(1))) {
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
            List<String> present = Jdbc.query(c, "SELECT name FROM sqlite_master WHERE type = 'table'",
                    row -> row.getString(1));
            TABLES.stream().filter(table -> !present.contains(table))
                    .forEach(table -> problems.add("the table " + table + " is missing"));
            Jdbc.query(c, "PRAGMA foreign_key_check", row -> row.getString("table") + " row " + row.getLong("rowid")
                    + " refers to a missing row in " + row.getString("parent")).forEach(problems::add);
            return problems;
        });
    }
}
