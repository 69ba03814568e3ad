package dev.promptly.testing;

import dev.promptly.StoreLocation;
import java.nio.file.Path;

/** The two stores every feature must work the same on; tests that take one run once on each. */
public enum StoreBackend {
    SQLITE,
    POSTGRESQL;

    /** A new, empty store of this kind (a file in {@code folder}, or a database of its own on the test server). */
    public StoreLocation newStore(Path folder) {
        return this == SQLITE ? new StoreLocation.File(folder.resolve("promptly-" + System.nanoTime() + ".db"))
                : TestPostgres.newStore();
    }
}
