package dev.promptly.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Readies SQLite's driver on a background thread while the command line is still being parsed: its classes, its
 * native library and the locale data its date format loads (about a third of a short command's start, and none of
 * it depends on which store is opened). It opens an in-memory database only, never a store file, and keeps quiet
 * about any failure: opening the store then does the same work again and reports what went wrong.
 */
public final class SqliteWarmUp {

    private SqliteWarmUp() {
    }

    /** Starts readying the driver on a daemon thread and returns at once. */
    public static void start() {
        Thread thread = new Thread(SqliteWarmUp::run, "sqlite-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            SqliteNativeLibrary.prepare();
            SQLiteDataSource dataSource = new SQLiteDataSource(new SQLiteConfig());
            dataSource.setUrl("jdbc:sqlite::memory:");
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement("PRAGMA user_version");
                 ResultSet row = statement.executeQuery()) {
                row.next();
            }
        } catch (Exception | LinkageError e) {
            // Nothing to report here: the store's own opening meets the same failure and explains it.
        }
    }
}
