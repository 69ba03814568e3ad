package dev.promptly.store;

import dev.promptly.common.Transactions;
import dev.promptly.imports.ImportLedger;
import dev.promptly.imports.mail.MailStore;
import dev.promptly.items.EscalationLog;
import dev.promptly.items.ItemRepository;
import dev.promptly.people.CustomerRepository;
import dev.promptly.people.RepRepository;
import dev.promptly.people.TeamRepository;
import dev.promptly.reports.SettledCounts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The SQLite implementation of every repository the features own, over one {@link Database}. */
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

    private Store(Database db) {
        this.db = db;
        this.teams = new SqliteTeamRepository(db);
        this.reps = new SqliteRepRepository(db);
        this.customers = new SqliteCustomerRepository(db);
        this.items = new SqliteItemRepository(db);
        this.escalations = new SqliteEscalationLog(db);
        this.settledCounts = new SqliteSettledCounts(db);
        this.imports = new SqliteImportLedger(db);
        this.mail = new SqliteMailStore(db);
    }

    public static Store open(Path file) {
        return new Store(Database.open(file));
    }

    public Path file() {
        return db.file();
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

    /**
     * Copies the whole store to the new file {@code target} with SQLite's online backup, safe while others use it.
     * The copy is readable by its owner only, and appears under its name only once it is complete and checked.
     */
    public void backupTo(Path target) {
        StoreBackup.write(db, target, null);
    }

    /** As {@link #backupTo(Path)}, telling {@code observer} how far the copy is after each step. */
    void backupTo(Path target, org.sqlite.core.DB.ProgressObserver observer) {
        StoreBackup.write(db, target, observer);
    }

    /**
     * The tables the migrations create. SQLite's checks find nothing wrong with a store that lacks one, as a store
     * saved from a damaged one with sqlite3's .recover may, so check looks for them too.
     */
    private static final List<String> TABLES = List.of("teams", "reps", "customers", "items", "item_events",
            "imported_records", "mail_accounts", "mail_folders", "mail_messages", "inbox_snapshots");

    /** SQLite's integrity and foreign-key checks, and that every table is there; an empty list means sound. */
    public List<String> check() {
        return db.withConnection(c -> {
            List<String> problems = new ArrayList<>();
            for (String line : Jdbc.query(c, "PRAGMA integrity_check", row -> row.getString(1))) {
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
            List<String> present = Jdbc.query(c, "SELECT name FROM sqlite_master WHERE type = 'table'",
                    row -> row.getString(1));
            TABLES.stream().filter(table -> !present.contains(table))
                    .forEach(table -> problems.add("the table " + table + " is missing"));
            Jdbc.query(c, "PRAGMA foreign_key_check", row -> row.getString("table") + " row " + row.getLong("rowid")
                    + " refers to a missing row in " + row.getString("parent")).forEach(problems::add);
            return problems;
        });
    }
}
