package dev.promptly.ui;

import dev.promptly.AppContext;
import dev.promptly.ServerPasswords;
import dev.promptly.ui.shell.ShellViewModel;
import dev.promptly.StoreLocation;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens the store, and reads what the first screen shows, on a thread of its own while the JavaFX toolkit starts:
 * the two take about as long as each other, so the window is usable sooner.
 */
final class EarlyStart {

    private final StoreLocation location;
    private final CompletableFuture<ShellViewModel.Opened> opened;

    private EarlyStart(StoreLocation location, CompletableFuture<ShellViewModel.Opened> opened) {
        this.location = location;
        this.opened = opened;
    }

    static EarlyStart begin(StoreLocation location, Clock clock, Settings settings) {
        CompletableFuture<ShellViewModel.Opened> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                // A team server's password: PGPASSWORD, else the one kept in the credential store, else ~/.pgpass.
                String password = ServerPasswords.forOpening(location, System.getenv());
                opened.complete(ShellViewModel.read(AppContext.open(location, password, clock), settings, clock));
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        }, "promptly-early-start");
        thread.setDaemon(true);
        thread.start();
        return new EarlyStart(location, opened);
    }

    StoreLocation location() {
        return location;
    }

    /** The opened store if it is ready within {@code wait}; empty when it is not yet, or failed to open. */
    Optional<ShellViewModel.Opened> readyWithin(Duration wait) {
        try {
            return Optional.of(opened.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The opened store, waiting for it if need be; a failure to open is rethrown as it was. */
    ShellViewModel.Opened opened() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
