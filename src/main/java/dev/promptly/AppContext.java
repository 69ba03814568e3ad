package dev.promptly;

import dev.promptly.board.BoardService;
import dev.promptly.common.Lazy;
import dev.promptly.demo.DemoGenerator;
import dev.promptly.imports.ImportServices;
import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.imports.mail.InboxHistory;
import dev.promptly.imports.mail.MailImport;
import dev.promptly.imports.mail.MailSync;
import dev.promptly.items.CustomerSearch;
import dev.promptly.items.ItemService;
import dev.promptly.people.PeopleService;
import dev.promptly.reports.ResponseStats;
import dev.promptly.reports.WeeklyReports;
import dev.promptly.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The application's services, wired by hand over one store; shared by the desktop app and the command line.
 * Beyond people and items, each is made when first asked for: a command uses one or two of them, and making all
 * of them loaded the mail, import and report code into every start.
 */
public final class AppContext {

    private final Clock clock;
    private final Store store;
    private final PeopleService people;
    private final ItemService items;
    private final Lazy<java.util.Optional<dev.promptly.people.SignedIn>> signedIn;
    private final Lazy<DemoGenerator> demo;
    private final Lazy<ResponseStats> stats;
    private final Lazy<InboxHistory> inbox;
    private final Lazy<BoardService> board;
    private final Lazy<WeeklyReports> reports;
    private final Lazy<ImportServices> importing;
    private final Lazy<CdrImport> cdrImport;
    private final Lazy<CsvImport> csvImport;
    private final Lazy<MailImport> mailImport;
    private final Lazy<MailSync> mailSync;
    private final Lazy<CustomerSearch> customerSearch;

    private AppContext(Store store, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.signedIn = Lazy.of(() -> store.signIns().current());
        this.people = new PeopleService(store.teams(), store.reps(), store.customers(), store.transactions(),
                new dev.promptly.people.AdminOnly(signedIn::get));
        this.items = new ItemService(store.items(), store.customers(), people, store.transactions(), clock,
                signedIn::get, store.signIns()::teamOfHiddenItem);
        this.demo = Lazy.of(() -> new DemoGenerator(people, store.items(), store.transactions()));
        this.stats = Lazy.of(() -> new ResponseStats(items, store.settledCounts()));
        this.inbox = Lazy.of(() -> new InboxHistory(store.mail()));
        this.board = Lazy.of(() -> new BoardService(items, people, stats.get(), store.escalations(), inbox.get()));
        this.reports = Lazy.of(() -> new WeeklyReports(people, items, stats.get(), store.escalations(), inbox.get()));
        this.importing = Lazy.of(() -> new ImportServices(people, items, store.imports(), store.transactions(), clock));
        this.cdrImport = Lazy.of(() -> new CdrImport(importing.get()));
        this.csvImport = Lazy.of(() -> new CsvImport(importing.get()));
        this.mailImport = Lazy.of(() -> new MailImport(importing.get()));
        this.mailSync = Lazy.of(() -> new MailSync(people, items, mailImport.get(), store.mail(), store.transactions(),
                clock, null));
        this.customerSearch = Lazy.of(() -> new CustomerSearch(store.customers(), items, people));
    }

    public static AppContext open(Path storeFile, Clock clock) {
        return open(new StoreLocation.File(storeFile), clock);
    }

    /** Opens the store at {@code location}; a server's password comes from ~/.pgpass or {@code PGPASSWORD}. */
    public static AppContext open(StoreLocation location, Clock clock) {
        return open(location, System.getenv("PGPASSWORD"), clock);
    }

    public static AppContext open(StoreLocation location, String password, Clock clock) {
        return new AppContext(Store.open(location, password), clock);
    }

    /** Gives back the store's connections (a team store's pool); nothing can be done with this context after. */
    public void close() {
        store.close();
    }

    /** What other desktops change in a team store, as they commit; empty for a file (see {@link Store#changes()}). */
    public java.util.Optional<dev.promptly.common.ChangeFeed> changes() {
        return store.changes();
    }

    /** Who is signed in to a team store; empty on the single-user store, which has no sign-in. */
    public java.util.Optional<dev.promptly.people.SignedIn> signedIn() {
        return signedIn.get();
    }

    /** The Team screen's changes: people, roles, teams, policies and, on a team store, logins. */
    public dev.promptly.people.TeamSetup teamSetup() {
        return new dev.promptly.people.TeamSetup(people, store.signIns(), store.transactions(), this::signedIn);
    }

    public Clock clock() {
        return clock;
    }

    public Store store() {
        return store;
    }

    /**
     * Copies this computer's store to {@code target}, which appears only once the copy is complete and checked;
     * refused for a team store (backed up on its server). For the window, which does not reach the store itself.
     */
    public void backUpTo(java.nio.file.Path target) {
        store.backupTo(target);
    }

    public PeopleService people() {
        return people;
    }

    public ItemService items() {
        return items;
    }

    /** Finding any customer of the team (Ctrl+K, {@code customers find}). */
    public CustomerSearch customerSearch() {
        return customerSearch.get();
    }

    public DemoGenerator demo() {
        return demo.get();
    }

    public ResponseStats stats() {
        return stats.get();
    }

    public BoardService board() {
        return board.get();
    }

    public WeeklyReports reports() {
        return reports.get();
    }

    public CdrImport cdrImport() {
        return cdrImport.get();
    }

    public CsvImport csvImport() {
        return csvImport.get();
    }

    public MailImport mailImport() {
        return mailImport.get();
    }

    public MailSync mailSync() {
        return mailSync.get();
    }

    public InboxHistory inbox() {
        return inbox.get();
    }
}
