package dev.promptly;

import dev.promptly.cli.Cli;
import dev.promptly.cli.CliEnvironment;
import dev.promptly.ui.DesktopApp;

/**
 * Starts the desktop app when run without a command (or with only {@code --db FILE}), and the command line
 * otherwise. The command line never loads JavaFX, so it runs on machines without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            openWindow(null);
        } else if (args.length == 2 && "--db".equals(args[0])) {
            openWindow(args[1]);
        } else if (args.length == 1 && args[0].startsWith("--db=")) {
            openWindow(args[0].substring("--db=".length()));
        } else {
            System.exit(Cli.run(CliEnvironment.system(), args));
        }
    }

    private static void openWindow(String storeLocation) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            System.err.println("promptly: there is no display to open a window on; "
                    + "run a command instead (promptly --help lists them)");
            System.exit(1);
        }
        DesktopApp.open(storeLocation);
    }
}
