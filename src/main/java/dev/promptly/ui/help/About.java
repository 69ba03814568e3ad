package dev.promptly.ui.help;

import dev.promptly.StoreLocation;
import dev.promptly.Version;

/**
 * What "About Promptly" tells: the version, and the store in use (what kind, and where), which is what a colleague
 * helping on the phone asks first.
 */
public record About(String version, String store, String where) {

    public static About of(StoreLocation location) {
        String store = location instanceof StoreLocation.Server ? "Team server (PostgreSQL)"
                : "This computer (a SQLite file)";
        return new About(Version.current(), store, location == null ? "none open" : location.display());
    }
}
