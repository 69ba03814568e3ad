package dev.promptly.ui;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a saved file in the program its kind belongs to, or its folder in the file manager. Blocks (it may start
 * a program), so it runs through the {@link TaskRunner}. On Linux it asks {@code xdg-open}, as AWT's desktop would
 * load a second GTK beside JavaFX's; elsewhere AWT's {@link Desktop}. Without a desktop (a server, a headless test)
 * it says so in words instead of failing.
 */
public final class DesktopFiles {

    private DesktopFiles() {
    }

    /** Opens {@code file}; throws {@link IllegalStateException} with a sentence when this computer cannot. */
    public static void open(Path file) {
        launch(file.toFile(), "open " + file.getFileName());
    }

    /** Shows the folder that holds {@code file}, with the file selected where the desktop can. */
    public static void showInFolder(Path file) {
        File folder = file.toAbsolutePath().getParent().toFile();
        if (!linux() && desktop(Desktop.Action.BROWSE_FILE_DIR)) {
            Desktop.getDesktop().browseFileDirectory(file.toFile());
            return;
        }
        launch(folder, "show the folder " + folder);
    }

    private static void launch(File target, String what) {
        try {
            if (linux() && onPath("xdg-open")) {
                new ProcessBuilder("xdg-open", target.getAbsolutePath()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return;
            }
            if (!linux() && desktop(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(target);
                return;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Promptly could not " + what + ": " + e.getMessage() + ".");
        }
        throw new IllegalStateException("This computer has no desktop to " + what + " with; it is saved at "
                + target.getAbsolutePath() + ".");
    }

    private static boolean desktop(Desktop.Action action) {
        return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(action);
    }

    private static boolean linux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null || System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
