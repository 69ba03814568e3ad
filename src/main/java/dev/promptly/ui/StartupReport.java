package dev.promptly.ui;

import dev.promptly.ui.shell.ShellViewModel;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * For the start-up benchmark (docs/benchmarks.md): with {@code -Dpromptly.reportStartup=true}, prints how long
 * after the JVM started the window was shown and the queue was first on screen with its rows, then exits. The rep
 * must have items in their queue.
 */
final class StartupReport {

    static final String PROPERTY = "promptly.reportStartup";

    private StartupReport() {
    }

    static void whenQueueShown(Stage stage, ShellViewModel model) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            System.out.println("window-shown-after-ms=" + sinceStart());
            if (queueShown(model)) {
                reportAfterPulse(model);
            } else {
                model.screenProperty().addListener(new InvalidationListener() {
                    @Override
                    public void invalidated(Observable screen) {
                        if (model.screenProperty().get() == ShellViewModel.Screen.QUEUE) {
                            model.screenProperty().removeListener(this);
                            System.out.println("queue-screen-after-ms=" + sinceStart());
                            whenRowsShown(model);
                        }
                    }
                });
            }
        });
    }

    private static boolean queueShown(ShellViewModel model) {
        return model.screenProperty().get() == ShellViewModel.Screen.QUEUE && !model.queue().rows().isEmpty();
    }

    private static void whenRowsShown(ShellViewModel model) {
        model.queue().rows().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable rows) {
                model.queue().rows().removeListener(this);
                reportAfterPulse(model);
            }
        });
    }

    /** Measured like the empty window's: on the next turn of the event loop, once the frame is drawn. */
    private static void reportAfterPulse(ShellViewModel model) {
        Platform.runLater(() -> {
            System.out.println("usable-after-ms=" + sinceStart() + " rows=" + model.queue().rows().size());
            Platform.exit();
        });
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
