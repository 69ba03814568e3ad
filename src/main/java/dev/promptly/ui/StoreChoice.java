package dev.promptly.ui;

import dev.promptly.StoreLocation;
import java.util.Map;

/**
 * Which store the desktop opens: {@code --db}, else {@code PROMPTLY_DB}, else the team server the user last connected
 * to (File > Connect to team server…), else this computer's file. Only the location is remembered, never a password.
 */
public final class StoreChoice {

    /** The setting that remembers the team server; absent means this computer's file. */
    public static final String KEY = "store.location";

    private StoreChoice() {
    }

    public static StoreLocation atStart(String explicit, Map<String, String> environment, Settings settings) {
        boolean named = explicit != null && !explicit.isBlank()
                || !environment.getOrDefault(StoreLocation.ENVIRONMENT_VARIABLE, "").isBlank();
        if (named) {
            return StoreLocation.resolve(explicit, environment);
        }
        String remembered = settings.get(KEY).orElse(null);
        try {
            return StoreLocation.resolve(remembered, environment);
        } catch (RuntimeException e) {
            settings.remove(KEY); // a setting that no longer reads as a location: start on this computer
            return StoreLocation.defaultFile();
        }
    }

    /** Remembers a team server for the next start; this computer's file is remembered as no setting. */
    public static void remember(StoreLocation location, Settings settings) {
        if (location instanceof StoreLocation.Server) {
            settings.put(KEY, location.display());
        } else {
            settings.remove(KEY);
        }
    }

    /** The store as the title and status bar name it: "team server db.example/team", "this computer". */
    public static String name(StoreLocation location) {
        if (location instanceof StoreLocation.Server server) {
            String host = server.port() == StoreLocation.Server.DEFAULT_PORT ? server.host() : server.hostAndPort();
            return "team server " + host + "/" + server.database();
        }
        StoreLocation.File file = (StoreLocation.File) location;
        return file.equals(StoreLocation.defaultFile()) ? "this computer"
                : "this computer (" + file.path().getFileName() + ")";
    }
}
