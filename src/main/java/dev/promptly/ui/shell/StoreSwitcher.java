package dev.promptly.ui.shell;

import dev.promptly.AppContext;
import dev.promptly.ServerPasswords;
import dev.promptly.StoreLocation;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.StoreException;
import dev.promptly.common.UnavailableException;
import dev.promptly.people.SignedIn;
import dev.promptly.ui.Settings;
import dev.promptly.ui.StoreChoice;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.queue.QueueSnapshot;
import dev.promptly.ui.shell.ShellViewModel.Opened;
import dev.promptly.ui.shell.ShellViewModel.Opener;
import dev.promptly.ui.shell.ShellViewModel.People;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which store the window has open: opening it in the background, switching to another (the next start opens that
 * one too), following a team store's changes and outages, and giving back its connections.
 */
final class StoreSwitcher {

    private final ReadOnlyObjectWrapper<StoreLocation> location = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper outage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper opens = new ReadOnlyIntegerWrapper();
    private final Opener opener;
    private final StoreLocation.File thisComputer;
    private final Settings settings;
    private final TaskRunner tasks;
    private final Clock clock;

    private AppContext context;
    private LiveUpdates live;

    StoreSwitcher(StoreLocation location, Opener opener, StoreLocation.File thisComputer, Settings settings,
                  TaskRunner tasks, Clock clock) {
        this.location.set(location);
        this.opener = opener;
        this.thisComputer = thisComputer;
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Opening the store at {@link #location()} (password from PGPASSWORD, the credential store or ~/.pgpass, as at
     * start-up), with its first screen.
     */
    Supplier<Opened> opening() {
        StoreLocation where = location.get();
        return () -> read(opener.open(where, ServerPasswords.forOpening(where, System.getenv())), settings, clock);
    }

    /** See {@link ShellViewModel#read}. */
    static Opened read(AppContext context, Settings settings, Clock clock) {
        People people = Profiles.read(context.people());
        SignedIn signedIn = context.signedIn().orElse(null);
        QueueSnapshot queue = Profiles.whoIsThis(people, signedIn, settings).map(rep -> QueueSnapshot.read(
                context.items(), context.people(), context.inbox(), rep, clock.instant())).orElse(null);
        return new Opened(context, people, signedIn, queue);
    }

    /** Runs {@code opening} in the background; then {@code shown} gets the store, or {@code failed} why not. */
    void open(Supplier<Opened> opening, Consumer<Opened> shown, Consumer<String> failed) {
        tasks.run(opening, shown, failure ->
                // A store failure already names the store and says what is wrong, in the words the command line uses.
                failed.accept(failure instanceof StoreException
                        ? TimeText.capitalized(failure.getMessage()) + "."
                        : "Cannot open the store at " + location.get().display() + ": " + failure.getMessage()));
    }

    /** The store {@code opened} is the window's now; on a team store, {@code handler} hears its changes. */
    void follow(AppContext opened, LiveUpdates.Handler handler) {
        context = opened;
        outage.set("");
        live = context.changes().map(feed -> LiveUpdates.follow(feed, location.get(), tasks, handler)).orElse(null);
    }

    /**
     * Opens the store at {@code where} in the background; when it opens, {@code shown} gets it, the store before is
     * closed, and the next start opens it too. On failure the current store stays open, and {@code failed} says why.
     */
    void switchTo(StoreLocation where, String password, Consumer<Opened> shown, Runnable done,
                  Consumer<String> failed) {
        switching.set(true);
        tasks.run(() -> read(opener.open(where, password), settings, clock), opened -> {
            switching.set(false);
            AppContext previous = context;
            if (live != null) {
                live.stop();
            }
            location.set(where);
            StoreChoice.remember(where, settings);
            shown.accept(opened);
            if (previous != null) {
                tasks.run(() -> {
                    previous.close();
                    return null;
                }, nothing -> { }, failure -> { });
            }
            done.run();
        }, failure -> {
            switching.set(false);
            failed.accept(failure instanceof StoreException || failure instanceof UnavailableException
                    || failure instanceof InvalidInputException
                    ? TimeText.capitalized(failure.getMessage()) + "."
                    : "Cannot open the store at " + where.display() + ": " + failure.getMessage());
        });
    }

    /** Back to the store in this computer's file, unless it is the one open; see {@link #switchTo}. */
    void useThisComputer(Consumer<Opened> shown, Consumer<String> failed) {
        if (!location.get().equals(thisComputer)) {
            switchTo(thisComputer, null, shown, () -> { }, failed);
        }
    }

    /** The store that opened is shown, with screens of its own: counted in {@link #opensProperty}. */
    void shown() {
        opens.set(opens.get() + 1);
    }

    /** Gives back the store's connections as the app stops. */
    void close() {
        if (live != null) {
            live.stop();
        }
        if (context != null) {
            context.close();
        }
    }

    /** The store that is open; null until one is. */
    AppContext context() {
        return context;
    }

    StoreLocation location() {
        return location.get();
    }

    StoreLocation.File thisComputer() {
        return thisComputer;
    }

    void outage(String banner) {
        outage.set(banner);
    }

    ReadOnlyObjectProperty<StoreLocation> locationProperty() {
        return location.getReadOnlyProperty();
    }

    ReadOnlyStringProperty outageProperty() {
        return outage.getReadOnlyProperty();
    }

    /** Counts the stores opened in this window. */
    ReadOnlyIntegerProperty opensProperty() {
        return opens.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }
}
