package dev.promptly.cli;

import dev.promptly.StoreLocation;
import dev.promptly.store.SqliteWarmUp;
import java.util.Locale;

/**
 * Decides whether a run readies SQLite's driver in the background while picocli parses its arguments: when it names
 * a command and its store is a file. Asking for the version or for help opens no store, and a team server's store
 * never loads SQLite. A wrong guess costs only a little CPU on a spare thread, never a different result.
 */
final class DriverWarmUp {

    private DriverWarmUp() {
    }

    static void startIfUseful(CliEnvironment environment, String... args) {
        if (isUseful(environment, args)) {
            SqliteWarmUp.start();
        }
    }

    static boolean isUseful(CliEnvironment environment, String... args) {
        String store = environment.variables().get(StoreLocation.ENVIRONMENT_VARIABLE);
        boolean command = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")
                    || arg.equals("help")) {
                return false;
            }
            if (arg.equals("--db") && i + 1 < args.length) {
                store = args[++i];
            } else if (arg.startsWith("--db=")) {
                store = arg.substring("--db=".length());
            } else if (!arg.startsWith("-")) {
                command = true;
            }
        }
        return command && !isServer(store);
    }

    private static boolean isServer(String store) {
        String lower = store == null ? "" : store.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql:") || lower.startsWith("postgres:") || lower.startsWith("jdbc:postgresql:");
    }
}
