package dev.promptly;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;
import java.util.Map;

/** Where the store lives: {@code --db}, else {@code PROMPTLY_DB}, else the per-user application-data folder. */
public final class StoreLocation {

    public static final String ENVIRONMENT_VARIABLE = "PROMPTLY_DB";
    private static final String FILE_NAME = "promptly.db";

    private StoreLocation() {
    }

    public static Path resolve(Path explicit, Map<String, String> environment) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(ProjectDirectories.from("dev", "promptly", "Promptly").dataDir, FILE_NAME);
    }
}
