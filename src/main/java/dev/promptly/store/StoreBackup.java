package dev.promptly.store;

import dev.promptly.common.OwnerOnlyFiles;
import dev.promptly.common.StoreDamagedException;
import dev.promptly.common.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * A backup that is there whole and checked, or not at all. It is written, readable by its owner only from its first
 * byte, to a temporary file in the target's folder whose name says what it is; SQLite's online backup copies the
 * store into it (safe while others use the store); SQLite's quick check reads the copy back; only then is it given
 * the target's name. A backup killed half-way leaves only the temporary file, which the next backup to that folder
 * removes.
 */
final class StoreBackup {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);
    static final String TEMPORARY_PREFIX = ".promptly-backup-";
    static final String TEMPORARY_SUFFIX = ".tmp";
    /** {@code .promptly-backup-PID-RANDOM.tmp}, and the journal SQLite may leave beside it. */
    private static final Pattern TEMPORARY = Pattern.compile(Pattern.quote(TEMPORARY_PREFIX) + "(\\d+)-\\d+"
            + Pattern.quote(TEMPORARY_SUFFIX) + "(-journal|-wal|-shm)?");

    private StoreBackup() {
    }

    static void write(SqliteDatabase db, Path target, DB.ProgressObserver observer) {
        Path folder = target.toAbsolutePath().getParent();
        removeLeftovers(folder);
        Path temporary = createTemporary(folder, target);
        try {
            copy(db, temporary, target, observer);
            verify(temporary, target, db.schemaVersion());
            moveIntoPlace(temporary, target);
        } catch (RuntimeException | Error e) {
            UnfinishedStore.remove(temporary);
            throw e;
        }
    }

    private static Path createTemporary(Path folder, Path target) {
        try {
            String prefix = TEMPORARY_PREFIX + ProcessHandle.current().pid() + "-";
            return Files.createTempFile(folder, prefix, TEMPORARY_SUFFIX, OwnerOnlyFiles.attributesIn(folder));
        } catch (IOException e) {
            throw new StoreException("cannot write the backup " + target + ": " + FileFailure.reason(e, target), e);
        }
    }

    private static void copy(SqliteDatabase db, Path temporary, Path target, DB.ProgressObserver observer) {
        db.withConnection(c -> {
            DB sqlite = c.unwrap(SQLiteConnection.class).getDatabase();
            int result = sqlite.backup("main", temporary.toString(), observer);
            if (result != 0) {
                SQLException failure = DB.newSQLException(result, "the backup failed");
                if (SqliteFailure.of(failure) == SqliteFailure.DISK_FULL) {
                    throw new StoreException("the disk holding " + target + " is full; no backup was written",
                            failure);
                }
                throw failure;
            }
            return null;
        });
    }

    /** Reads the copy back: a copy that SQLite finds damaged, or that is not of this store's schema, is no backup. */
    private static void verify(Path temporary, Path target, int schemaVersion) {
        List<String> problems = new ArrayList<>();
        // Immutable and read-only: no one else has the copy, and SQLite then creates no -wal or -shm beside it.
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        String url = "jdbc:sqlite:" + temporary.toAbsolutePath().toUri() + "?immutable=1";
        try (Connection copy = readOnly.createConnection(url);
             var statement = copy.createStatement()) {
            try (var rows = statement.executeQuery("PRAGMA quick_check")) {
                while (rows.next()) {
                    if (!"ok".equals(rows.getString(1))) {
                        problems.add(rows.getString(1));
                    }
                }
            }
            try (var rows = statement.executeQuery("PRAGMA user_version")) {
                if (rows.next() && rows.getInt(1) != schemaVersion) {
                    problems.add("its schema is " + rows.getInt(1) + ", the store's " + schemaVersion);
                }
            }
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            // The backup copies the store's pages as they are, so a damaged copy most likely means a damaged store.
            String first = problems.get(0).lines().filter(l -> !l.startsWith("***")).findFirst().orElse("");
            throw new StoreDamagedException("the copy for " + target + " failed SQLite's check (" + first.strip()
                    + "); no backup was written; run promptly check to see whether the store is damaged", first,
                    null);
        }
    }

    /**
     * Gives the copy the target's name without ever replacing a file that appeared there meanwhile: a hard link
     * fails if the name is taken, where a rename would silently overwrite it.
     */
    private static void moveIntoPlace(Path temporary, Path target) {
        try {
            try {
                Files.createLink(target, temporary);
                Files.delete(temporary);
            } catch (FileAlreadyExistsException taken) {
                throw taken;
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            syncFolder(target.toAbsolutePath().getParent());
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(target + " appeared while the backup was written; it was left as it is and "
                    + "no backup was written", e);
        } catch (IOException e) {
            throw new StoreException("cannot write the backup " + target + ": " + FileFailure.reason(e, target), e);
        }
    }

    /** Makes the new name survive a power cut; not every system can sync a folder, and then the name is as safe as
     * the system makes it. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot sync the folder {}: {}", folder, e.getMessage());
        }
    }

    /** Removes what backups killed on this computer left behind; a backup still running keeps its file. */
    private static void removeLeftovers(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, TEMPORARY_PREFIX + "*")) {
            for (Path file : files) {
                Matcher name = TEMPORARY.matcher(file.getFileName().toString());
                if (name.matches() && !running(Long.parseLong(name.group(1)))) {
                    Files.deleteIfExists(file);
                    LOG.info("Removed {}, left by a backup that did not finish", file);
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Cannot remove what earlier backups left in {}: {}", folder, e.getMessage());
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
