package dev.promptly.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The one way screens run work off the JavaFX thread: the work runs on a named daemon thread, and its result or
 * failure is handed back on the JavaFX thread. Tests use {@link #immediate()}, which runs everything in place.
 */
public interface TaskRunner {

    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Hands news from running work (its progress) to the JavaFX thread. */
    void later(Runnable update);

    void shutdown();

    static TaskRunner background() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "promptly-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                try {
                    executor.execute(() -> {
                        try {
                            T result = work.get();
                            Platform.runLater(() -> onSuccess.accept(result));
                        } catch (RuntimeException | Error e) {
                            Platform.runLater(() -> onFailure.accept(e));
                        }
                    });
                } catch (RejectedExecutionException closing) {
                    // Shut down: a screen's timer firing now (a board's reload) has nobody left to show it to.
                }
            }

            @Override
            public void later(Runnable update) {
                Platform.runLater(update);
            }

            @Override
            public void shutdown() {
                executor.shutdownNow();
            }
        };
    }

    static TaskRunner immediate() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void later(Runnable update) {
                update.run();
            }

            @Override
            public void shutdown() {
            }
        };
    }
}
