package dev.promptly.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;

/**
 * Whether this process may write the store, decided before opening it. Listings need no write access, so a store
 * that cannot be written is opened read-only instead of failing, and a write is refused saying why.
 */
enum StoreAccess {
    READ_WRITE,
    /** The file is not writable; its folder is, so SQLite can still make the -shm file that WAL readers need. */
    READ_ONLY_FILE,
    /**
     * The folder is not writable, so SQLite cannot create the -wal and -shm files: the store is read only if it
     * is opened as immutable (SQLite then reads the file alone, without locks), or if a -wal and -shm exist already.
     */
    READ_ONLY_FOLDER;

    static StoreAccess of(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            return READ_ONLY_FOLDER;
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return READ_ONLY_FILE;
        }
        return READ_WRITE;
    }

    boolean readOnly() {
        return this != READ_WRITE;
    }

    /** Why a write is refused, as the user reads it. */
    String refusal(Path file) {
        return describe(file) + "; nothing was written";
    }

    String describe(Path file) {
        return this == READ_ONLY_FOLDER
                ? "the store " + file + " is read-only (its folder is not writable)"
                : "the store " + file + " is read-only";
    }

    void configure(SQLiteConfig config) {
        if (readOnly()) {
            config.setReadOnly(true);
        }
    }

    String url(Path file) {
        Path absolute = file.toAbsolutePath();
        if (this == READ_ONLY_FOLDER && !Files.exists(Path.of(absolute + "-wal"))) {
            // Without a -wal, everything is in the file itself; immutable tells SQLite not to look for a -shm it
            // could not create. It also reads without locks: this process cannot write, and another one could only
            // if the folder were writable for it (a rare set-up; the docs say so).
            return "jdbc:sqlite:" + absolute.toUri() + "?immutable=1";
        }
        return "jdbc:sqlite:" + absolute;
    }
}
