package dev.promptly.ui;

import dev.promptly.ui.shell.ShellViewModel;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import dev.promptly.ui.queue.ItemRow;
import javafx.collections.ListChangeListener;

/**
 * For the start-up benchmark (docs/benchmarks.md): with {@code -Dpromptly.reportStartup=true}, prints how long
 * after the JVM started the window was shown and the queue was first on screen with its rows, then exits.
 */
final class StartupReport {

    static final String PROPERTY = "promptly.reportStartup";

    private StartupReport() {
    }

    static void whenQueueShown(ShellViewModel model) {
        System.out.println("window-shown-after-ms=" + sinceStart());
        model.screenProperty().addListener((o, was, screen) -> {
            if (screen == ShellViewModel.Screen.QUEUE) {
                System.out.println("queue-screen-after-ms=" + sinceStart());
                var rows = model.queue().rows();
                ListChangeListener<ItemRow> filled = new ListChangeListener<>() {
                    @Override
                    public void onChanged(Change<? extends ItemRow> change) {
                        rows.removeListener(this);
                        System.out.println("queue-rows-loaded-after-ms=" + sinceStart());
                        // One more pulse, so the rows have been laid out and drawn.
                        Platform.runLater(() -> report(rows.size()));
                    }
                };
                rows.addListener(filled);
            }
        });
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void report(int rows) {
        System.out.println("usable-after-ms=" + sinceStart() + " rows=" + rows);
        Platform.exit();
    }
}
