package dev.promptly.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Holds background work until a test runs it, in whatever order the test wants, to provoke races. */
public final class ManualTaskRunner implements TaskRunner {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    public int pending() {
        return pending.size();
    }

    /** Runs the pending task at {@code index}; what it schedules joins the end of the list. */
    public void run(int index) {
        pending.remove(index).run();
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            run(0);
        }
    }

    @Override
    public void later(Runnable update) {
        update.run();
    }

    @Override
    public void shutdown() {
    }
}
