package dev.promptly.ui.shell;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.board.Board;
import dev.promptly.common.ChangeFeed;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.StoreException;
import dev.promptly.common.UnavailableException;
import dev.promptly.demo.DemoSpec;
import dev.promptly.people.PeopleService;
import dev.promptly.people.SignedIn;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.Settings;
import dev.promptly.ui.StoreChoice;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Theme;
import dev.promptly.ui.board.BoardViewModel;
import dev.promptly.ui.find.FindCustomerViewModel;
import dev.promptly.ui.imports.ImportViewModel;
import dev.promptly.ui.imports.Importers;
import dev.promptly.ui.mail.MailboxViewModel;
import dev.promptly.ui.reports.ReportsViewModel;
import dev.promptly.ui.queue.DetailsViewModel;
import dev.promptly.ui.queue.QueueSnapshot;
import dev.promptly.ui.queue.QueueViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The application's top-level state: opening the store, the welcome panel for an empty store, choosing who the
 * user is, and their queue. Remembers the user's profile and theme in the settings. On a team store, keeps what is
 * shown current as other desktops change it, and says when the server is out of reach.
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

    private final ReadOnlyObjectWrapper<StoreLocation> location = new ReadOnlyObjectWrapper<>();
    private final Opener opener;
    private final StoreLocation.File thisComputer;
    private final Settings settings;
    private final TaskRunner tasks;
    private final Clock clock;
    private final DialogService dialogs;

    private AppContext context;
    private QueueViewModel queue;
    private DetailsViewModel details;
    private BoardViewModel board;
    private ReportsViewModel reports;
    private dev.promptly.ui.team.TeamViewModel team;
    private MailboxViewModel mailbox;
    private LiveUpdates live;
    private final ReadOnlyIntegerWrapper opens = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper outage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.OPENING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Opening your store…");
    private final ReadOnlyObjectWrapper<Rep> currentRep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper currentTeam = new ReadOnlyStringWrapper("");
    private final ObservableList<Rep> reps = FXCollections.observableArrayList();
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper profileProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SignedIn> signedIn = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** The store's teams and reps. */
    public record People(List<Team> teams, List<Rep> reps) {
    }

    /**
     * The store as opened, with what the first screen shows: its people, who is signed in (a team store; null on the
     * single-user store) and, when the user is known, their queue (null otherwise).
     */
    public record Opened(AppContext context, People people, SignedIn signedIn, QueueSnapshot firstQueue) {
    }

    private record Created(Rep rep, People people) {
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
        this.thisComputer = thisComputer;
        this.location.set(location);
        this.opener = opener;
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
        this.dialogs = dialogs;
        theme.set(Theme.remembered(settings));
        theme.addListener((o, a, b) -> b.remember(settings));
    }

    /** Opens (and migrates) the store in the background, then shows what fits: welcome, profile or queue. */
    public void open() {
        StoreLocation where = location.get();
        open(() -> read(opener.open(where, null), settings, clock));
    }

    /** Shows that the store is opening, and what fits once {@code opening} (run in the background) brings it. */
    public void open(Supplier<Opened> opening) {
        screen.set(Screen.OPENING);
        tasks.run(opening, this::opened, failure -> {
            // A store failure already names the store and says what is wrong, in the words the command line uses.
            status.set(failure instanceof StoreException
                    ? TimeText.capitalized(failure.getMessage()) + "."
                    : "Cannot open the store at " + location.get().display() + ": " + failure.getMessage());
            screen.set(Screen.FAILED);
        });
    }

    /** Shows a store that was opened, and read with {@link #read}, while the window was being made. */
    public void open(Opened opened) {
        opened(opened);
    }

    /** Reads what the first screen shows from an opened store; it blocks, so it runs off the JavaFX thread. */
    public static Opened read(AppContext context, Settings settings, Clock clock) {
        People people = people(context.people());
        SignedIn signedIn = context.signedIn().orElse(null);
        QueueSnapshot queue = whoIsThis(people, signedIn, settings).map(rep -> QueueSnapshot.read(context.items(),
                context.people(), context.inbox(), rep, clock.instant())).orElse(null);
        return new Opened(context, people, signedIn, queue);
    }

    /** On a team store, the signed-in rep; otherwise the person this computer's user chose last. */
    private static Optional<Rep> whoIsThis(People people, SignedIn signedIn, Settings settings) {
        if (signedIn != null && signedIn.rep() != null) {
            return Optional.of(signedIn.rep());
        }
        return settings.get(REP_KEY).flatMap(email -> people.reps().stream()
                .filter(r -> r.email().equalsIgnoreCase(email)).findFirst());
    }

    private void opened(Opened opened) {
        context = opened.context();
        outage.set("");
        live = context.changes().map(feed -> LiveUpdates.follow(feed, location.get(), tasks, new LiveHandler()))
                .orElse(null);
        queue = new QueueViewModel(context.items(), context.people(), context.inbox(), clock, tasks, dialogs);
        details = new DetailsViewModel(context.items(), context.people(), clock, tasks);
        board = new BoardViewModel(context.board(), context.items(), context.people(), clock, tasks, dialogs);
        board.onTimeMinimum(settings.onTimeMinimum());
        reports = new ReportsViewModel(context.reports(), context.people(), clock, tasks, dialogs);
        team = TeamScreen.model(context, tasks);
        mailbox = new MailboxViewModel(context.mailSync(), settings, clock, tasks, dialogs, this::showNewWork);
        opens.set(opens.get() + 1);
        signedIn.set(opened.signedIn());
        boolean ownTeamOnly = opened.signedIn() != null && opened.signedIn().seesOnlyOwnTeam();
        board.ownTeamOnly(ownTeamOnly);
        reports.ownTeamOnly(ownTeamOnly);
        showPeople(opened.people(), opened.firstQueue());
    }

    private static People people(PeopleService people) {
        return new People(people.teams(), people.reps());
    }

    private void showPeople(People people) {
        showPeople(people, null);
    }

    private void showPeople(People people, QueueSnapshot firstQueue) {
        teams.setAll(people.teams());
        reps.setAll(people.reps());
        if (people.teams().isEmpty()) {
            status.set("");
            screen.set(Screen.WELCOME);
            return;
        }
        whoIsThis(people, signedIn.get(), settings).ifPresentOrElse(rep -> choose(rep, firstQueue),
                () -> screen.set(Screen.PROFILE));
    }

    /** Fills the empty store with the demo teams, then asks who the user is. */
    public void loadDemo() {
        busy.set(true);
        status.set("Loading a demo team…");
        tasks.run(() -> {
            context.demo().generate(DemoSpec.starter(clock.instant()));
            return people(context.people());
        }, people -> {
            busy.set(false);
            status.set("");
            showPeople(people);
        }, failure -> {
            busy.set(false);
            status.set("Cannot load the demo: " + failure.getMessage());
        });
    }

    /** True while the demo loads, so its button cannot be pressed twice. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "This is me": remembers the choice and shows their queue. */
    public void choose(Rep rep) {
        choose(rep, null);
    }

    private void choose(Rep rep, QueueSnapshot alreadyRead) {
        settings.put(REP_KEY, rep.email());
        currentRep.set(rep);
        currentTeam.set(teams.stream().filter(t -> t.id() == rep.teamId()).map(Team::name).findFirst().orElse(""));
        if (alreadyRead != null && alreadyRead.rep().id() == rep.id()) {
            queue.show(alreadyRead);
        } else {
            queue.show(rep); // starts loading in the background while the queue's view is built
        }
        mailbox.show(rep);
        screen.set(Screen.QUEUE);
    }

    /**
     * Creates the user's profile in an existing team, or in a new team of that name in this computer's time zone
     * with the standard 24-hour policy; then shows their queue.
     */
    public void createProfile(String name, String email, String teamName) {
        ZoneId zone = clock.getZone();
        profileProblem.set("");
        if (teamName == null || teamName.isBlank()) {
            profileProblem.set("Pick your team, or type the name of a new one.");
            return;
        }
        tasks.run(() -> {
            Rep rep = context.people().createProfile(name, email, teamName, zone);
            return new Created(rep, people(context.people()));
        }, created -> {
            teams.setAll(created.people().teams());
            reps.setAll(created.people().reps());
            choose(created.rep());
        }, failure -> profileProblem.set(failure instanceof InvalidInputException
                ? TimeText.capitalized(failure.getMessage()) + "."
                : "Cannot save the profile: " + failure.getMessage()));
    }

    /** Why the last "create my profile" failed, in words for the form; empty when it did not. */
    public ReadOnlyStringProperty profileProblemProperty() {
        return profileProblem.getReadOnlyProperty();
    }

    /** The rep's queue again, brought up to date. */
    public void showQueue() {
        if (currentRep.get() != null) {
            screen.set(Screen.QUEUE);
            queue.refresh();
        }
    }

    /**
     * Find a customer (Ctrl+K), starting from {@code typed}: any customer of the team; the user's own item opens in
     * their queue. Null until the store is open and the user known.
     */
    public FindCustomerViewModel findCustomer(String typed) {
        if (context == null || currentRep.get() == null) {
            return null;
        }
        FindCustomerViewModel find = new FindCustomerViewModel(context.customerSearch(), context.items(),
                context.people(), clock, tasks, currentRep.get(), signedIn.get(), itemId -> {
                    screen.set(Screen.QUEUE);
                    queue.open(new dev.promptly.ui.queue.Notice(itemId, null, "", "item " + itemId));
                });
        find.queryProperty().set(typed == null ? "" : typed);
        return find;
    }

    /** The team board, for the current user's team to start with. */
    public void showBoard() {
        if (currentRep.get() != null) {
            board.show(currentRep.get());
            screen.set(Screen.BOARD);
        }
    }

    public BoardViewModel board() {
        return board;
    }

    /** The Help menu's user guide and About box. */
    public dev.promptly.ui.help.HelpActions help() {
        return new dev.promptly.ui.help.HelpActions(tasks, dialogs, location::get);
    }

    /** The weekly summary of {@code team} (the user's own when null), of the last complete week. */
    public void showReports(Team team) {
        showReports(team, false);
    }

    /** As {@link #showReports(Team)}; {@code thisWeek} opens on the current week (the board's alert is about it). */
    public void showReports(Team team, boolean thisWeek) {
        if (currentRep.get() != null) {
            reports.show(currentRep.get(), team, thisWeek);
            screen.set(Screen.REPORTS);
        }
    }

    public ReportsViewModel reports() {
        return reports;
    }

    /** The Team screen: the user's team, and changing it when they may. */
    public void showTeam() {
        if (currentRep.get() != null) {
            team.show(currentRep.get(), signedIn.get());
            screen.set(Screen.TEAM);
        }
    }

    public dev.promptly.ui.team.TeamViewModel team() {
        return team;
    }

    /** Asks for a call-detail file from the phone system and shows its import. */
    public void importCalls() {
        startImport(ImportViewModel.Kind.CALLS, "Import calls from the phone system",
                "Call-detail files (Master.csv)", "csv");
    }

    /**
     * Asks for a spreadsheet's CSV and shows its import. On an empty store (from the welcome), the reps the file
     * names are added to a new team "Support", which the user can rename in the dialog.
     */
    public void importItems() {
        startImport(ImportViewModel.Kind.ITEMS, "Import items from a spreadsheet", "CSV files", "csv", "txt");
    }

    /** Asks for the user's mailbox file (mbox) and shows its import, as their mailbox. */
    public void importMailbox() {
        if (currentRep.get() != null) {
            startImport(ImportViewModel.Kind.MAILBOX, "Import your mailbox file", "Mailbox files (mbox)", "mbox",
                    "mbx");
        }
    }

    private void startImport(ImportViewModel.Kind kind, String title, String fileKind, String... extensions) {
        if (context == null) {
            return;
        }
        dialogs.chooseOpenFile(title, fileKind, extensions).ifPresent(file -> {
            ImportViewModel importing = new ImportViewModel(kind, file, new Importers(context.cdrImport(),
                    context.csvImport(), context.mailImport()), currentRep.get() == null ? null
                    : currentRep.get().email(), clock.getZone(), tasks, this::showNewWork);
            if (screen.get() == Screen.WELCOME) {
                importing.createRepsProperty().set(true);
                importing.teamForNewRepsProperty().set("Support");
            }
            dialogs.showImport(importing);
        });
    }

    /** The rep's mailbox: where it is, and syncing it. */
    public void openMailbox() {
        if (currentRep.get() != null) {
            dialogs.showMailbox(mailbox);
        }
    }

    /** Syncs the rep's mailbox now, asking for the password if it is not kept. */
    public void syncMailNow() {
        if (currentRep.get() != null) {
            mailbox.syncNow(true);
        }
    }

    public MailboxViewModel mailbox() {
        return mailbox;
    }

    /** What was imported or synced shows at once: in the queue, and on the board when it is on screen. */
    private void showNewWork() {
        if (currentRep.get() == null) {
            tasks.run(() -> people(context.people()), this::showPeople, failure -> status.set(failure.getMessage()));
            return;
        }
        queue.refresh();
        if (screen.get() == Screen.BOARD) {
            board.refresh();
        }
    }

    /** Shows "Who are you?"; not on a team store, where the user is whoever signed in. */
    public void switchProfile() {
        if (context != null && !isSignedInAsRep()) {
            screen.set(Screen.PROFILE);
        }
    }

    private boolean isSignedInAsRep() {
        return signedIn.get() != null && signedIn.get().rep() != null;
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
        return currentRep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentTeamProperty() {
        return currentTeam.getReadOnlyProperty();
    }

    public ObservableList<Rep> reps() {
        return reps;
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StoreLocation location() {
        return location.get();
    }

    /** The store that is open (or opening). */
    public ReadOnlyObjectProperty<StoreLocation> locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** Counts the stores opened in this window: each brings new screens' view models. */
    public ReadOnlyIntegerProperty opensProperty() {
        return opens.getReadOnlyProperty();
    }

    /** While the team server is out of reach, what the banner says; empty otherwise. */
    public ReadOnlyStringProperty outageProperty() {
        return outage.getReadOnlyProperty();
    }

    /** True while another store is being opened (File > Connect…, File > Use this computer only). */
    public ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }

    /**
     * Opens the store at {@code where} in the background; when it opens, the window shows it and the next start
     * opens it too. On failure the current store stays open, and {@code failed} says why in words.
     */
    public void switchTo(StoreLocation where, String password, Runnable done, Consumer<String> failed) {
        switching.set(true);
        tasks.run(() -> read(opener.open(where, password), settings, clock), opened -> {
            switching.set(false);
            AppContext previous = context;
            if (live != null) {
                live.stop();
            }
            location.set(where);
            StoreChoice.remember(where, settings);
            currentRep.set(null);
            opened(opened);
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

    /** The store in this computer's file, that File > Use this computer only opens. */
    public StoreLocation.File thisComputer() {
        return thisComputer;
    }

    /** File > Connect to team server…: asks for the server and switches to it once it opens. */
    public void connectToServer() {
        dialogs.showConnect(new ConnectViewModel(this, tasks, System.getenv()));
    }

    /** File > Use this computer only: back to the store in this computer's file. */
    public void useThisComputer() {
        if (location.get().equals(thisComputer)) {
            return;
        }
        switchTo(thisComputer, null, () -> { },
                problem -> dialogs.showError("Cannot open this computer's store", problem));
    }

    /** Gives back the store's connections as the app stops. */
    public void close() {
        if (live != null) {
            live.stop();
        }
        if (context != null) {
            context.close();
        }
    }

    /** What the team store's change feed says, on the JavaFX thread. */
    private final class LiveHandler implements LiveUpdates.Handler {

        @Override
        public void changed(ChangeFeed.Change change) {
            if (!outage.get().isEmpty() || currentRep.get() == null) {
                return;
            }
            switch (screen.get()) {
                case QUEUE -> {
                    if (queue.rep() != null && change.concerns(queue.rep().id())) {
                        queue.refresh(); // the rows and the open item's details, keeping filters and selection
                    }
                }
                case BOARD -> refreshBoard(change);
                default -> {
                    // The queue reloads when it is shown again; reports are summaries of past weeks.
                }
            }
        }

        private void refreshBoard(ChangeFeed.Change change) {
            Board shown = board.boardProperty().get();
            if (shown != null && !change.everything()
                    && shown.reps().stream().noneMatch(row -> change.concerns(row.rep().id()))) {
                return;
            }
            var selected = board.selectedRepProperty().get();
            if (selected != null && change.concerns(selected.rep().id())) {
                board.refresh();
            } else {
                board.refreshFigures(); // keeps the lead's selection in the overdue list
            }
        }

        @Override
        public void lost(String banner, String refusal) {
            outage.set(banner);
            queue.refuseWhileUnreachable(refusal);
            board.refuseWhileUnreachable(refusal);
        }

        @Override
        public void restored() {
            outage.set("");
            queue.refuseWhileUnreachable(null);
            board.refuseWhileUnreachable(null);
            // Whatever changed meanwhile was not heard: the screen on show loads again.
            switch (screen.get()) {
                case QUEUE -> queue.refresh();
                case BOARD -> board.refresh();
                case REPORTS -> reports.refresh();
                default -> {
                }
            }
        }
    }

    /** The queue's view model, once the store is open. */
    public QueueViewModel queue() {
        return queue;
    }

    public DetailsViewModel details() {
        return details;
    }
}
