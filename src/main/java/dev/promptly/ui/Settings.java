package dev.promptly.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What the desktop app remembers per user between runs: theme, window bounds, who the user is. */
public interface Settings {

    /**
     * The setting {@code board.onTimeMinimum}: how many items must have decided this week's on-time rate before the
     * board shows it alone; below it, last week's rate is shown beside it (docs/metrics.md).
     */
    String ON_TIME_MINIMUM_KEY = "board.onTimeMinimum";
    int DEFAULT_ON_TIME_MINIMUM = 10;

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    default double getDouble(String key, double fallback) {
        return get(key).map(Double::parseDouble).orElse(fallback);
    }

    /** {@link #ON_TIME_MINIMUM_KEY}, or its default of 10 when unset or not a whole number from 0 up. */
    default int onTimeMinimum() {
        return get(ON_TIME_MINIMUM_KEY).map(String::strip).filter(v -> v.matches("\\d{1,6}"))
                .map(Integer::parseInt).orElse(DEFAULT_ON_TIME_MINIMUM);
    }

    /** Writes what is not yet written; the app calls it as it stops. Nothing to do for most kinds of settings. */
    default void flush() {
    }

    /** The user's settings, kept in a file in their configuration folder (see {@link FileSettings}). */
    static Settings forUser() {
        return FileSettings.forUser();
    }

    /** Settings kept in memory only, for tests and throwaway sessions. */
    static Settings inMemory() {
        Map<String, String> values = new HashMap<>();
        return new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }

            @Override
            public void remove(String key) {
                values.remove(key);
            }
        };
    }
}
