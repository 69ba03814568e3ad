package dev.promptly.store;

import dev.promptly.StoreLocation;
import dev.promptly.common.ChangeFeed;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Transactions;
import dev.promptly.imports.ImportLedger;
import dev.promptly.imports.mail.MailStore;
import dev.promptly.items.EscalationLog;
import dev.promptly.items.ItemRepository;
import dev.promptly.people.CustomerRepository;
import dev.promptly.people.RepRepository;
import dev.promptly.people.SignIns;
import dev.promptly.people.TeamRepository;
import dev.promptly.reports.SettledCounts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every repository the features own, over one {@link Database}: the embedded SQLite file or a team's PostgreSQL
 * server, whichever the location names. The repositories' SQL is the same on both.
 */
public final class Store {

    private final Database db;
    private final TeamRepository teams;
    private final RepRepository reps;
    private final CustomerRepository customers;
    private final ItemRepository items;
    private final EscalationLog escalations;
    private final SettledCounts settledCounts;
    private final ImportLedger imports;
    private final MailStore mail;
    private final SignIns signIns;
    private final List<ChangeFeed> feeds = new CopyOnWriteArrayList<>();

    private Store(Database db) {
        this.db = db;
        this.teams = new SqlTeamRepository(db);
        this.reps = new SqlRepRepository(db);
        this.customers = new SqlCustomerRepository(db);
        this.items = new SqlItemRepository(db);
        this.escalations = new SqlEscalationLog(db);
        this.settledCounts = new SqlSettledCounts(db);
        this.imports = new SqlImportLedger(db);
        this.mail = new SqlMailStore(db);
        this.signIns = new SqlSignIns(db, reps);
    }

    /** Opens the store at {@code location}; a file is created and brought up to date, a server must be set up. */
    public static Store open(StoreLocation location, String password) {
        return new Store(Database.open(location, password));
    }

    public static Store open(Path file) {
        return open(new StoreLocation.File(file), null);
    }

    Database database() {
        return db;
    }

    public StoreLocation location() {
        return db.location();
    }

    /** The store's file; only the single-user store has one. */
    public Path file() {
        if (db instanceof SqliteDatabase sqlite) {
            return sqlite.file();
        }
        throw new IllegalStateException("a team store has no file");
    }

    /** Which store this is, as {@code store info} prints it. */
    public record Info(StoreLocation location, String engine, int schemaVersion, String login, long items) {
    }

    public Info info() {
        long count = db.withConnection(c -> Jdbc.queryOne(c, "SELECT count(*) FROM items", row -> row.getLong(1))
                .orElse(0L));
        String login = db instanceof PostgresDatabase server ? server.login() : null;
        return new Info(db.location(), db.engine(), db.schemaVersion(), login, count);
    }

    /** The schema version the store is at. */
    public int schemaVersion() {
        return db.schemaVersion();
    }

    /**
     * News of what other desktops change, for a team store (not yet started; closed with the store); empty for a
     * file, which has one user.
     */
    public Optional<ChangeFeed> changes() {
        if (!(db instanceof PostgresDatabase server)) {
            return Optional.empty();
        }
        ChangeFeed feed = new ServerChangeFeed(server.server());
        feeds.add(feed);
        return Optional.of(feed);
    }

    /** Gives back the connections this store holds (its change feeds' too); the store cannot be used after. */
    public void close() {
        feeds.forEach(ChangeFeed::close);
        db.close();
    }

    public Transactions transactions() {
        return db;
    }

    public TeamRepository teams() {
        return teams;
    }

    public RepRepository reps() {
        return reps;
    }

    public CustomerRepository customers() {
        return customers;
    }

    public ItemRepository items() {
        return items;
    }

    public EscalationLog escalations() {
        return escalations;
    }

    public SettledCounts settledCounts() {
        return settledCounts;
    }

    public ImportLedger imports() {
        return imports;
    }

    public MailStore mail() {
        return mail;
    }

    public SignIns signIns() {
        return signIns;
    }

    /**
     * Copies the whole store to the new file {@code target} with SQLite's online backup, safe while others use it.
     * The copy is readable by its owner only, and appears under its name only once it is complete and checked.
     */
    public void backupTo(Path target) {
        backupTo(target, null);
    }

    /** As {@link #backupTo(Path)}, telling {@code observer} how far the copy is after each step. */
    void backupTo(Path target, org.sqlite.core.DB.ProgressObserver observer) {
        if (!(db instanceof SqliteDatabase sqlite)) {
            throw new InvalidInputException("a team store is backed up on its server, with PostgreSQL's pg_dump: "
                    + "see docs/team-server.md");
        }
        StoreBackup.write(sqlite, target, observer);
    }

    /** The store's own checks: damage, missing tables, broken references; an empty list means sound. */
    public List<String> check() {
        return db.check();
    }
}
