package dev.promptly.store;

import dev.promptly.common.StoreBusyException;
import dev.promptly.common.StoreDamagedException;
import dev.promptly.common.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What an SQLite failure means for the person using the store, decided from its result code alone: the one place
 * where SQLite's codes are turned into words. SQLite's own messages ("cannot rollback - no transaction is active",
 * "I/O error within xShmMap") name a symptom; the user needs the cause and what to do.
 */
enum SqliteFailure {
    BUSY,
    DISK_FULL,
    READ_ONLY,
    DAMAGED,
    NOT_A_DATABASE,
    CANNOT_OPEN,
    OTHER;

    // Primary result codes (sqlite3.h); SQLiteException.getErrorCode() returns the primary code of the failure.
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    static SqliteFailure of(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return OTHER;
        }
        // SQLite reports a -shm file that cannot grow as an I/O error; it cannot grow because the disk is full.
        if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE) {
            return DISK_FULL;
        }
        if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_READONLY_DBMOVED) {
            return OTHER; // the file was deleted or replaced under us: not a matter of permissions
        }
        switch (sqlite.getErrorCode() & 0xff) {
            case SQLITE_BUSY:
            case SQLITE_LOCKED:
                return BUSY;
            case SQLITE_FULL:
                return DISK_FULL;
            case SQLITE_READONLY:
                return READ_ONLY;
            case SQLITE_CORRUPT:
                return DAMAGED;
            case SQLITE_NOTADB:
                return NOT_A_DATABASE;
            case SQLITE_CANTOPEN:
                return CANNOT_OPEN;
            default:
                return OTHER;
        }
    }

    /** The store's failure as the user should read it. */
    static StoreException explain(SQLException e, Path file) {
        return switch (of(e)) {
            case BUSY -> new StoreBusyException("the store at " + file + " is busy; another Promptly is writing to it",
                    e);
            case DISK_FULL -> new StoreException("the disk holding the store (" + file + ") is full; nothing was "
                    + "written", e);
            case READ_ONLY -> new StoreException(StoreAccess.of(file).refusal(file), e);
            case DAMAGED -> new StoreDamagedException("the store " + file + " is damaged; run promptly check",
                    "the database disk image is malformed", e);
            case NOT_A_DATABASE -> new StoreDamagedException("the store " + file + " is not an SQLite database "
                    + "(another program's file, or a damaged store); it was left as it is; run promptly check",
                    "it is not an SQLite database: another program's file, or a store whose first page is damaged", e);
            case CANNOT_OPEN -> new StoreException("cannot read the store " + file + ": " + whyNotOpened(file), e);
            case OTHER -> new StoreException("the store at " + file + " failed: " + e.getMessage(), e);
        };
    }

    /** SQLite says only "unable to open database file"; the file system says why. */
    private static String whyNotOpened(Path file) {
        if (Files.exists(file) && !Files.isReadable(file)) {
            return "permission denied";
        }
        String absolute = file.toAbsolutePath().toString();
        if (StoreAccess.of(file) == StoreAccess.READ_ONLY_FOLDER && Files.exists(Path.of(absolute + "-wal"))
                && !Files.exists(Path.of(absolute + "-shm"))) {
            return "its latest changes are in " + file.getFileName() + "-wal, and SQLite cannot create the "
                    + file.getFileName() + "-shm it needs to read them because the folder is not writable; open it "
                    + "once where the folder can be written";
        }
        return "SQLite cannot open it";
    }
}
