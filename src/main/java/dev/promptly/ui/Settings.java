package dev.promptly.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;

/** What the desktop app remembers per user between runs: theme, window bounds, who the user is. */
public interface Settings {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    default double getDouble(String key, double fallback) {
        return get(key).map(Double::parseDouble).orElse(fallback);
    }

    /**
     * The user's Java preferences (per user, per operating system's convention). Writes go to memory and reach
     * the disk through the JDK's own background sync and at exit, so nothing here does file work on the caller's
     * (the JavaFX) thread.
     */
    static Settings userPreferences() {
        Preferences node = Preferences.userRoot().node("dev/promptly");
        return new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(node.get(key, null));
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }

            @Override
            public void remove(String key) {
                node.remove(key);
            }
        };
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
