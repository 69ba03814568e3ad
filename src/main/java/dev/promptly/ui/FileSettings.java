package dev.promptly.ui;

import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings in a properties file in the user's configuration folder ({@code ~/.config/promptly/settings.properties}
 * on Linux). Read once; a change is kept in memory at once and written to the file on a thread of its own, since
 * the JavaFX thread makes most of them, and {@link #flush()} writes what is left when the app stops. They were kept
 * with java.util.prefs before, whose first read parsed XML for 25 to 50 ms of every start on Linux; what an earlier
 * version kept there is copied over once.
 */
final class FileSettings implements Settings {

    private static final Logger LOG = LoggerFactory.getLogger(FileSettings.class);
    private static final String PREFERENCES_NODE = "dev/promptly";

    private final Path file;
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "promptly-settings");
        thread.setDaemon(true);
        return thread;
    });

    private FileSettings(Path file) {
        this.file = file;
    }

    /** The user's settings, in the configuration folder of their operating system. */
    static Settings forUser() {
        Path folder = Path.of(ProjectDirectories.from("dev", "promptly", "Promptly").configDir);
        return open(folder.resolve("settings.properties"), FileSettings::fromPreferences);
    }

    /**
     * The settings in {@code file}; when there is no such file yet, those {@code earlier} gives, written to it (even
     * none, so that the next start does not look for them again).
     */
    static FileSettings open(Path file, Supplier<Map<String, String>> earlier) {
        FileSettings settings = new FileSettings(file);
        if (Files.exists(file)) {
            settings.read();
        } else {
            settings.values.putAll(earlier.get());
            settings.saveLater();
        }
        return settings;
    }

    private void read() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read the settings in {}; starting from the defaults: {}", file, e.getMessage());
        }
        properties.forEach((key, value) -> values.put((String) key, (String) value));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
        saveLater();
    }

    @Override
    public void remove(String key) {
        values.remove(key);
        saveLater();
    }

    /** Writes whatever is not written yet, and waits until it is. */
    @Override
    public void flush() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Saving the settings in {} took too long", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void saveLater() {
        if (!writer.isShutdown()) {
            writer.execute(this::save);
        } else {
            save();
        }
    }

    /** The whole file again, through a temporary file, so that a crash never leaves half of it. */
    private synchronized void save() {
        Properties properties = new Properties();
        properties.putAll(values);
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                properties.store(out, "Promptly's settings, kept by the app");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot save the settings in {}: {}", file, e.getMessage());
        }
    }

    private static Map<String, String> fromPreferences() {
        Map<String, String> copied = new HashMap<>();
        try {
            if (Preferences.userRoot().nodeExists(PREFERENCES_NODE)) {
                Preferences node = Preferences.userRoot().node(PREFERENCES_NODE);
                for (String key : node.keys()) {
                    copied.put(key, node.get(key, ""));
                }
            }
        } catch (BackingStoreException | SecurityException e) {
            LOG.warn("Cannot read the settings of an earlier version: {}", e.getMessage());
        }
        return copied;
    }
}
