package dev.promptly.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store file that was created but could not be made a store (the disk was full): it is removed with SQLite's
 * files beside it, so that no empty file is left where the user's store is expected.
 */
final class UnfinishedStore {

    private static final Logger LOG = LoggerFactory.getLogger(UnfinishedStore.class);
    private static final String[] SQLITE_SIDE_FILES = {"-wal", "-shm", "-journal"};

    private UnfinishedStore() {
    }

    static void remove(Path file) {
        deleteQuietly(file);
        for (String suffix : SQLITE_SIDE_FILES) {
            deleteQuietly(Path.of(file.toAbsolutePath() + suffix));
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // The failure that left it is the one to report; this one only goes to the log.
            LOG.warn("Cannot remove the unfinished store file {}: {}", path, e.getMessage());
        }
    }
}
