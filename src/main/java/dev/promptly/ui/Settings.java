package dev.promptly.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What the desktop app remembers per user between runs: theme, window bounds, who the user is. */
public interface Settings {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    default double getDouble(String key, double fallback) {
        return get(key).map(Double::parseDouble).orElse(fallback);
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
