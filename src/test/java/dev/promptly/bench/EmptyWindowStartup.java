package dev.promptly.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: an empty JavaFX window, measured the same way as Promptly
 * (milliseconds from JVM start to the pulse after the window is shown). See docs/benchmarks.md.
 */
public final class EmptyWindowStartup {

    private EmptyWindowStartup() {
    }

    /** A plain launcher, like Promptly's own, so the toolkit loads from the class path the same way. */
    public static void main(String[] args) {
        Application.launch(EmptyWindow.class, args);
    }

    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1320, 820));
            stage.setOnShown(e -> Platform.runLater(() -> {
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("usable-after-ms=" + millis);
                Platform.exit();
            }));
            stage.show();
        }
    }
}
