package dev.promptly;

import dev.promptly.board.BoardService;
import dev.promptly.demo.DemoGenerator;
import dev.promptly.imports.ImportServices;
import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.imports.mail.InboxHistory;
import dev.promptly.imports.mail.MailImport;
import dev.promptly.imports.mail.MailSync;
import dev.promptly.items.ItemService;
import dev.promptly.people.PeopleService;
import dev.promptly.reports.ResponseStats;
import dev.promptly.reports.WeeklyReports;
import dev.promptly.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/** The application's services, wired by hand over one store; shared by the desktop app and the command line. */
public final class AppContext {

    private final Clock clock;
    private final Store store;
    private final PeopleService people;
    private final ItemService items;
    private final DemoGenerator demo;
    private final ResponseStats stats;
    private final InboxHistory inbox;
    private final BoardService board;
    private final WeeklyReports reports;
    private final CdrImport cdrImport;
    private final CsvImport csvImport;
    private final MailImport mailImport;
    private final MailSync mailSync;

    private AppContext(Store store, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.people = new PeopleService(store.teams(), store.reps(), store.customers(), store.transactions());
        this.items = new ItemService(store.items(), store.customers(), people, store.transactions(), clock);
        this.demo = new DemoGenerator(people, store.items(), store.transactions());
        this.stats = new ResponseStats(items, store.settledCounts());
        this.inbox = new InboxHistory(store.mail());
        this.board = new BoardService(items, people, stats, store.escalations(), inbox);
        this.reports = new WeeklyReports(people, items, stats, store.escalations(), inbox);
        ImportServices importing = new ImportServices(people, items, store.imports(), store.transactions(), clock);
        this.cdrImport = new CdrImport(importing);
        this.csvImport = new CsvImport(importing);
        this.mailImport = new MailImport(importing);
        this.mailSync = new MailSync(people, items, mailImport, store.mail(), store.transactions(), clock, null);
    }

    public static AppContext open(Path storeFile, Clock clock) {
        return new AppContext(Store.open(storeFile), clock);
    }

    public Clock clock() {
        return clock;
    }

    public Store store() {
        return store;
    }

    public PeopleService people() {
        return people;
    }

    public ItemService items() {
        return items;
    }

    public DemoGenerator demo() {
        return demo;
    }

    public ResponseStats stats() {
        return stats;
    }

    public BoardService board() {
        return board;
    }

    public WeeklyReports reports() {
        return reports;
    }

    public CdrImport cdrImport() {
        return cdrImport;
    }

    public CsvImport csvImport() {
        return csvImport;
    }

    public MailImport mailImport() {
        return mailImport;
    }

    public MailSync mailSync() {
        return mailSync;
    }

    public InboxHistory inbox() {
        return inbox;
    }
}
