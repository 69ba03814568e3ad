package dev.promptly.ui;

import dev.promptly.AppContext;
import dev.promptly.items.ItemQuery;
import dev.promptly.items.ItemView;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens the store, and loads what the first screen will ask for, on a thread of its own while the JavaFX toolkit
 * starts: the two take about as long as each other, so the window is usable sooner.
 */
final class EarlyStart {

    private final Path storeFile;
    private final CompletableFuture<AppContext> context;

    private EarlyStart(Path storeFile, CompletableFuture<AppContext> context) {
        this.storeFile = storeFile;
        this.context = context;
    }

    static EarlyStart begin(Path storeFile, Clock clock, Settings settings) {
        CompletableFuture<AppContext> context = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                AppContext opened = AppContext.open(storeFile, clock);
                try {
                    warmUp(opened, settings, clock);
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(EarlyStart.class).warn("Warming up the store failed", e);
                }
                context.complete(opened);
            } catch (RuntimeException | Error e) {
                context.completeExceptionally(e);
            }
        }, "promptly-early-start");
        thread.setDaemon(true);
        thread.start();
        return new EarlyStart(storeFile, context);
    }

    /** Runs the remembered rep's queue once, so its classes and pages are loaded when the screen asks again. */
    private static void warmUp(AppContext context, Settings settings, Clock clock) {
        context.people().teams();
        settings.get(ShellViewModel.REP_KEY).flatMap(email -> context.people().reps().stream()
                        .filter(r -> r.email().equalsIgnoreCase(email)).findFirst())
                .ifPresent(rep -> {
                    Instant now = clock.instant();
                    context.items().queue(Set.of(rep.id()), now);
                    context.inbox().latest(rep.id(), now);
                    context.items().list(ItemQuery.resolvedBetween(Set.of(rep.id()), now.minus(Duration.ofDays(1)), now),
                            ItemView.QUEUE_ORDER);
                });
    }

    Path storeFile() {
        return storeFile;
    }

    /** The opened store, waiting for it if need be; a failure to open is rethrown as it was. */
    AppContext context() {
        try {
            return context.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
