package dev.promptly;

import dev.promptly.cli.Cli;
import dev.promptly.cli.CliEnvironment;
import dev.promptly.ui.DesktopApp;
import java.nio.file.Path;

/**
 * Starts the desktop app when run without a command (or with only {@code --db FILE}), and the command line
 * otherwise. The command line never loads JavaFX, so it runs on machines without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopApp.open(null);
        } else if (args.length == 2 && "--db".equals(args[0])) {
            DesktopApp.open(Path.of(args[1]));
        } else {
            System.exit(Cli.run(CliEnvironment.system(), args));
        }
    }
}
