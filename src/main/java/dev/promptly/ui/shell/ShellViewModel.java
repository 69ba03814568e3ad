package dev.promptly.ui.shell;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.people.Rep;
import dev.promptly.people.SignedIn;
import dev.promptly.people.Team;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.Settings;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.Theme;
import dev.promptly.ui.board.BoardViewModel;
import dev.promptly.ui.find.FindCustomerViewModel;
import dev.promptly.ui.help.HelpActions;
import dev.promptly.ui.mail.MailboxViewModel;
import dev.promptly.ui.queue.DetailsViewModel;
import dev.promptly.ui.queue.QueueSnapshot;
import dev.promptly.ui.queue.QueueViewModel;
import dev.promptly.ui.reports.ReportsViewModel;
import dev.promptly.ui.team.TeamViewModel;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The application's top-level state: which screen the window shows, over the store that is open
 * ({@link StoreSwitcher}), who the user is ({@link Profiles}) and that store's screens ({@link StoreScreens}). On a
 * team store, {@link LiveRefresh} keeps what is shown current as other desktops change it.
 */
public final class ShellViewModel {

    /** What the main window shows. */
    public enum Screen { OPENING, WELCOME, PROFILE, QUEUE, BOARD, REPORTS, TEAM, FAILED }

    /** The setting that remembers who the user is. */
    public static final String REP_KEY = "rep.email";

    /** Opens a store: its location, and the password a team server asks for (null: PGPASSWORD, ~/.pgpass). */
    public interface Opener {
        AppContext open(StoreLocation location, String password);
    }

    private final Settings settings;
    private final TaskRunner tasks;
    private final Clock clock;
    private final DialogService dialogs;
    private final StoreSwitcher store;
    private final Profiles profiles;
    private final Navigation navigation;
    private final FileActions files;

    private StoreScreens screens;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.OPENING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Opening your store…");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SignedIn> signedIn = new ReadOnlyObjectWrapper<>();
    private final StartFailure startFailure = new StartFailure();

    /** The store's teams and reps. */
    public record People(List<Team> teams, List<Rep> reps) {
    }

    /**
     * The store as opened, with what the first screen shows: its people, who is signed in (a team store; null on the
     * single-user store) and, when the user is known, their queue (null otherwise).
     */
    public record Opened(AppContext context, People people, SignedIn signedIn, QueueSnapshot firstQueue) {
    }

    public ShellViewModel(StoreLocation location, Function<StoreLocation, AppContext> opener, Settings settings,
                          TaskRunner tasks, Clock clock, DialogService dialogs) {
        this(location, (where, password) -> opener.apply(where), settings, tasks, clock, dialogs);
    }

    public ShellViewModel(StoreLocation location, Opener opener, Settings settings, TaskRunner tasks, Clock clock,
                          DialogService dialogs) {
        this(location, opener, StoreLocation.defaultFile(), settings, tasks, clock, dialogs);
    }

    /** As above, with {@code thisComputer} the store File > Use this computer only opens (tests give their own). */
    public ShellViewModel(StoreLocation location, Opener opener, StoreLocation.File thisComputer, Settings settings,
                          TaskRunner tasks, Clock clock, DialogService dialogs) {
        this.store = new StoreSwitcher(location, opener, thisComputer, settings, tasks, clock);
        this.profiles = new Profiles(settings, tasks, clock);
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
        this.dialogs = dialogs;
        this.navigation = new Navigation(profiles, () -> screens, signedIn::get, store::context, screen::set, clock,
                tasks);
        this.files = new FileActions(dialogs, clock, tasks, store::context, () -> screens, profiles::current,
                () -> screen.get() == Screen.WELCOME, this::showNewWork);
        theme.set(Theme.remembered(settings));
        theme.addListener((o, a, b) -> b.remember(settings));
    }

    /** Opens (and migrates) the store in the background, then shows what fits: welcome, profile or queue. */
    public void open() {
        open(store.opening());
    }

    /** Shows that the store is opening, and what fits once {@code opening} (run in the background) brings it. */
    public void open(Supplier<Opened> opening) {
        screen.set(Screen.OPENING);
        store.open(opening, this::opened, this::failedToOpen);
    }

    private void failedToOpen(String problem) {
        status.set(problem);
        startFailure.failed(problem);
        screen.set(Screen.FAILED);
        if (startFailure.kindProperty().get() == StartFailure.Kind.PASSWORD) {
            // The Connect dialog asks for the password, the server's URL filled in.
            tasks.later(() -> dialogs.showConnect(new ConnectViewModel(this, tasks, System.getenv(), dialogs)
                    .asking(problem)));
        }
    }

    /**
     * The store did not open at start-up: opens it again, the failure staying on screen until it does (the window
     * calls this every few seconds while the team server is out of reach, and on "Try again").
     */
    public void retryOpen() {
        if (screen.get() != Screen.FAILED || startFailure.retryingProperty().get()) {
            return;
        }
        startFailure.retrying(true);
        store.open(store.opening(), opened -> {
            startFailure.retrying(false);
            if (screen.get() == Screen.FAILED && store.context() == null) {
                opened(opened);
            } else { // the user opened another store meanwhile
                tasks.run(() -> {
                    opened.context().close();
                    return null;
                }, nothing -> { }, failure -> { });
            }
        }, this::failedToOpen);
    }

    /** Why the store did not open at start-up, and whether it is being tried again. */
    public StartFailure startFailure() {
        return startFailure;
    }

    /** Shows a store that was opened, and read with {@link #read}, while the window was being made. */
    public void open(Opened opened) {
        opened(opened);
    }

    /** Reads what the first screen shows from an opened store; it blocks, so it runs off the JavaFX thread. */
    public static Opened read(AppContext context, Settings settings, Clock clock) {
        return StoreSwitcher.read(context, settings, clock);
    }

    private void opened(Opened opened) {
        store.follow(opened.context(), new LiveRefresh(() -> screens, screen::get, profiles::current,
                store.outageProperty()::get, store::outage));
        screens = StoreScreens.of(opened.context(), opened.signedIn(), settings, clock, tasks, dialogs,
                this::showNewWork);
        store.shown();
        signedIn.set(opened.signedIn());
        showPeople(opened.people(), opened.firstQueue());
    }

    private void showPeople(People people, QueueSnapshot firstQueue) {
        profiles.show(people);
        if (people.teams().isEmpty()) {
            status.set("");
            screen.set(Screen.WELCOME);
            return;
        }
        profiles.whoIsThis(people, signedIn.get()).ifPresentOrElse(rep -> choose(rep, firstQueue),
                () -> screen.set(Screen.PROFILE));
    }

    /** Fills the empty store with the demo teams, then asks who the user is. */
    public void loadDemo() {
        profiles.loadDemo(store.context(), status::set, people -> showPeople(people, null));
    }

    /** True while the demo loads, so its button cannot be pressed twice. */
    public ReadOnlyBooleanProperty busyProperty() {
        return profiles.busyProperty();
    }

    /** "This is me": remembers the choice and shows their queue. */
    public void choose(Rep rep) {
        choose(rep, null);
    }

    private void choose(Rep rep, QueueSnapshot alreadyRead) {
        profiles.choose(rep);
        if (alreadyRead != null && alreadyRead.rep().id() == rep.id()) {
            screens.queue().show(alreadyRead);
        } else {
            screens.queue().show(rep); // starts loading in the background while the queue's view is built
        }
        screens.mailbox().show(rep);
        screen.set(Screen.QUEUE);
    }

    /**
     * Creates the user's profile in an existing team, or in a new team of that name in this computer's time zone
     * with the standard 24-hour policy; then shows their queue.
     */
    public void createProfile(String name, String email, String teamName) {
        profiles.create(store.context(), name, email, teamName, this::choose);
    }

    /** Why the last "create my profile" failed, in words for the form; empty when it did not. */
    public ReadOnlyStringProperty profileProblemProperty() {
        return profiles.problemProperty();
    }

    /** The rep's queue again, brought up to date. */
    public void showQueue() {
        navigation.queue();
    }

    /**
     * Find a customer (Ctrl+K), starting from {@code typed}: any customer of the team; the user's own item opens in
     * their queue. Null until the store is open and the user known.
     */
    public FindCustomerViewModel findCustomer(String typed) {
        return navigation.findCustomer(typed);
    }

    /** The team board, for the current user's team to start with. */
    public void showBoard() {
        navigation.board();
    }

    public BoardViewModel board() {
        return screens == null ? null : screens.board();
    }

    /** The Help menu's user guide and About box. */
    public HelpActions help() {
        return new HelpActions(tasks, dialogs, store::location);
    }

    /** The weekly summary of {@code team} (the user's own when null), of the last complete week. */
    public void showReports(Team team) {
        showReports(team, false);
    }

    /** As {@link #showReports(Team)}; {@code thisWeek} opens on the current week (the board's alert is about it). */
    public void showReports(Team team, boolean thisWeek) {
        navigation.reports(team, thisWeek);
    }

    public ReportsViewModel reports() {
        return screens == null ? null : screens.reports();
    }

    /** The Team screen: the user's team, and changing it when they may. */
    public void showTeam() {
        navigation.team();
    }

    public TeamViewModel team() {
        return screens == null ? null : screens.team();
    }

    /** The File menu's work: the imports, a backup, the rep's mailbox. */
    public FileActions files() {
        return files;
    }

    public MailboxViewModel mailbox() {
        return screens == null ? null : screens.mailbox();
    }

    /** What was imported or synced shows at once: in the queue, and on the board when it is on screen. */
    private void showNewWork() {
        if (profiles.current() == null) {
            AppContext context = store.context();
            tasks.run(() -> Profiles.read(context.people()), people -> showPeople(people, null),
                    failure -> status.set(failure.getMessage()));
            return;
        }
        screens.queue().refresh();
        if (screen.get() == Screen.BOARD) {
            screens.board().refresh();
        }
    }

    /** Shows "Who are you?"; not on a team store, where the user is whoever signed in. */
    public void switchProfile() {
        boolean signedInAsRep = signedIn.get() != null && signedIn.get().rep() != null;
        if (store.context() != null && !signedInAsRep) {
            screen.set(Screen.PROFILE);
        }
    }

    /** Who is signed in to the team store; null on the single-user store, which has no sign-in. */
    public ReadOnlyObjectProperty<SignedIn> signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Rep> currentRepProperty() {
        return profiles.currentProperty();
    }

    public ReadOnlyStringProperty currentTeamProperty() {
        return profiles.currentTeamProperty();
    }

    public ObservableList<Rep> reps() {
        return profiles.reps();
    }

    public ObservableList<Team> teams() {
        return profiles.teams();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StoreLocation location() {
        return store.location();
    }

    /** The store that is open (or opening). */
    public ReadOnlyObjectProperty<StoreLocation> locationProperty() {
        return store.locationProperty();
    }

    /** Counts the stores opened in this window: each brings new screens' view models. */
    public ReadOnlyIntegerProperty opensProperty() {
        return store.opensProperty();
    }

    /** While the team server is out of reach, what the banner says; empty otherwise. */
    public ReadOnlyStringProperty outageProperty() {
        return store.outageProperty();
    }

    /** True while another store is being opened (File > Connect…, File > Use this computer only). */
    public ReadOnlyBooleanProperty switchingProperty() {
        return store.switchingProperty();
    }

    /**
     * Opens the store at {@code where} in the background; when it opens, the window shows it and the next start
     * opens it too. On failure the current store stays open, and {@code failed} says why in words.
     */
    public void switchTo(StoreLocation where, String password, Runnable done, Consumer<String> failed) {
        store.switchTo(where, password, this::switched, done, failed);
    }

    /** Another store opened in place of the one shown: nobody is chosen in it yet. */
    private void switched(Opened opened) {
        profiles.forget();
        opened(opened);
    }

    /** The store in this computer's file, that File > Use this computer only opens. */
    public StoreLocation.File thisComputer() {
        return store.thisComputer();
    }

    /** File > Connect to team server…: asks for the server and switches to it once it opens. */
    public void connectToServer() {
        dialogs.showConnect(new ConnectViewModel(this, tasks, System.getenv(), dialogs));
    }

    /** File > Use this computer only: back to the store in this computer's file. */
    public void useThisComputer() {
        store.useThisComputer(this::switched,
                problem -> dialogs.showError("Cannot open this computer's store", problem));
    }

    /** Gives back the store's connections as the app stops. */
    public void close() {
        store.close();
    }

    /** The queue's view model, once the store is open. */
    public QueueViewModel queue() {
        return screens == null ? null : screens.queue();
    }

    public DetailsViewModel details() {
        return screens == null ? null : screens.details();
    }
}
