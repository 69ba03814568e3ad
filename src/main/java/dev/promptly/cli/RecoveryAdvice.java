package dev.promptly.cli;

import dev.promptly.StoreLocation;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** What a user can do about a damaged store, with the commands to type. */
final class RecoveryAdvice {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@+-]+");

    private RecoveryAdvice() {
    }

    static String forStore(StoreLocation location) {
        if (location instanceof StoreLocation.Server server) {
            return "The team server keeps the store: its administrator can restore the latest pg_dump backup of "
                    + "the database " + server.database() + " (see docs/team-server.md).";
        }
        Path store = ((StoreLocation.File) location).path().toAbsolutePath();
        Path recovered = store.resolveSibling(baseName(store) + "-recovered.db");
        return String.join("\n",
                "To get your data back, with Promptly closed:",
                "  - restore your latest backup: move " + store + " (and any " + store.getFileName() + "-wal and "
                        + store.getFileName() + "-shm beside it) elsewhere, then copy the backup to " + store + ";",
                "  - or save what can still be read into a new store with the sqlite3 tool, and check it:",
                "      sqlite3 " + quoted(store) + " .recover | sqlite3 " + quoted(recovered),
                "      promptly --db " + quoted(recovered) + " check",
                "    What was on damaged pages may be missing from it; use it with --db, or move it in place of the"
                        + " store as for a backup.");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The path as a shell reads it: quoted when it holds spaces or other characters the shell would interpret. */
    private static String quoted(Path path) {
        String text = path.toString();
        return PLAIN.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
