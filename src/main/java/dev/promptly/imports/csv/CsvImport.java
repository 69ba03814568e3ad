package dev.promptly.imports.csv;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Labeled;
import dev.promptly.common.Transactions;
import dev.promptly.imports.DryRun;
import dev.promptly.imports.ImportLedger;
import dev.promptly.imports.ImportServices;
import dev.promptly.imports.Phones;
import dev.promptly.imports.Rejected;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * Imports items from a spreadsheet's CSV (docs/cli.md, "import csv"): a header row, one item per row, with what
 * already happened to it (answered, done). All rows are stored in one transaction, or none; rows imported before
 * (by {@code external_id}, or by their content) are left alone.
 */
public final class CsvImport {

    public static final String SOURCE = "csv";
    public static final List<String> COLUMNS = List.of("kind", "rep", "customer", "contact", "subject", "received_at",
            "due_at", "responded_at", "done_at", "priority", "external_id");
    static final int PREVIEW = 200;

    /**
     * @param createReps     add reps the file names by email and the store lacks, in {@code teamForNewReps}
     * @param teamForNewReps the team new reps join, made (in this computer's time zone, with the standard rule)
     *                       if there is none of that name; null for the only team
     */
    public record Options(boolean skipInvalid, boolean dryRun, boolean createReps, String teamForNewReps) {
    }

    /** One item the import makes (or would make), for the preview. */
    public record Preview(long line, ItemKind kind, String rep, String customer, String subject, Instant receivedAt,
                          String state) {
    }

    public record Summary(int rows, int alreadyImported, int created, int customersCreated, int repsCreated,
                          List<Rejected> rejected, List<Preview> preview, boolean imported) {
    }

    private final PeopleService people;
    private final ItemService items;
    private final ImportLedger ledger;
    private final Transactions transactions;
    private final Clock clock;

    public CsvImport(ImportServices services) {
        this.people = services.people();
        this.items = services.items();
        this.ledger = services.ledger();
        this.transactions = services.transactions();
        this.clock = services.clock();
    }

    /** Imports {@code content}, the bytes of a CSV file; {@code progress} hears 0 to 1 as rows are done. */
    public Summary run(byte[] content, Options options, DoubleConsumer progress) {
        Table table = Table.read(content);
        Set<String> known = ledger.known(SOURCE, table.rows().stream()
                .filter(r -> r.problem() == null).map(CsvImport::key).toList());
        try {
            return DryRun.run(transactions, options.dryRun(), () -> {
                Run run = new Run(options, known, table.rows().size(), progress);
                for (Table.Row row : table.rows()) {
                    run.take(row);
                }
                return run.finish(table.rows().size(), !options.dryRun());
            });
        } catch (Refused refused) {
            return refused.summary;
        }
    }

    /** One import's work inside its transaction. */
    private final class Run {
        private final Options options;
        private final Instant now = clock.instant();
        private final Map<String, Rep> reps = new HashMap<>();
        private final Map<Long, Team> teams = new HashMap<>();
        private final Map<String, Customer> byName = new HashMap<>();
        private final Map<String, Customer> byContact = new HashMap<>();
        private final Set<String> known;
        private final Set<String> seen = new HashSet<>();
        private final List<NewItemRow> made = new ArrayList<>();
        private final List<Rejected> rejected = new ArrayList<>();
        private final List<Preview> preview = new ArrayList<>();
        private final int total;
        private final DoubleConsumer progress;
        private int done;
        private int already;
        private int customersCreated;
        private int repsCreated;

        private record NewItemRow(String key, ItemService.Prepared prepared) {
        }

        Run(Options options, Set<String> known, int total, DoubleConsumer progress) {
            this.options = options;
            this.known = known;
            this.total = total;
            this.progress = progress;
            people.reps().forEach(r -> reps.put(r.email().toLowerCase(Locale.ROOT), r));
            people.teams().forEach(t -> teams.put(t.id(), t));
            for (Customer c : people.customers()) {
                byName.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c);
                for (String contact : new String[] {Phones.normalize(c.phone()), email(c.email())}) {
                    if (contact != null) {
                        byContact.putIfAbsent(contact, c);
                    }
                }
            }
        }

        void take(Table.Row row) {
            try {
                if (row.problem() != null) {
                    throw new InvalidInputException(row.problem());
                }
                String key = key(row);
                if (!seen.add(key) || known.contains(key)) {
                    already++;
                } else {
                    made.add(new NewItemRow(key, prepare(row, key)));
                }
            } catch (InvalidInputException e) {
                rejected.add(new Rejected(row.line(), e.getMessage(), row.raw()));
            }
            if (++done % 1000 == 0 || done == total) {
                progress.accept((double) done / total);
            }
        }

        private ItemService.Prepared prepare(Table.Row row, String key) {
            ItemKind kind = Labeled.parse(ItemKind.class, row.required("kind"), "kind");
            Rep rep = rep(row.required("rep"));
            Instant due = row.time("due_at");
            Instant received = row.time("received_at");
            Instant responded = row.time("responded_at");
            Instant doneAt = row.time("done_at");
            if (!kind.isDueByTarget() && due == null) {
                throw new InvalidInputException("a " + kind.label() + " needs due_at");
            }
            if (received == null) {
                if (kind.isDueByTarget()) {
                    throw new InvalidInputException("received_at is required for a " + kind.label());
                }
                // A promise whose making the sheet does not record was made by the earliest time the row knows.
                received = java.util.stream.Stream.of(due, responded, doneAt, now).filter(java.util.Objects::nonNull)
                        .min(Instant::compareTo).orElseThrow();
            }
            if (received.isAfter(now)) {
                throw new InvalidInputException("received_at " + row.text("received_at") + " is in the future");
            }
            List<ItemAction> actions = new ArrayList<>();
            if (responded != null) {
                actions.add(switch (kind) {
                    case CALLBACK -> new ItemAction.Attempt(responded, AttemptOutcome.REACHED, null);
                    case EMAIL -> new ItemAction.Reply(responded);
                    default -> throw new InvalidInputException("responded_at is for callbacks and emails; a "
                            + kind.label() + " is finished with done_at");
                });
            }
            if (doneAt != null && (responded == null || kind == ItemKind.COMMITMENT || kind == ItemKind.FOLLOW_UP)) {
                actions.add(new ItemAction.Complete(doneAt));
            }
            for (ItemAction action : actions) {
                String column = action instanceof ItemAction.Complete ? "done_at" : "responded_at";
                if (action.at().isBefore(received)) {
                    throw new InvalidInputException(column + " " + row.text(column) + " is before received_at "
                            + row.text("received_at"));
                }
                if (action.at().isAfter(now)) {
                    throw new InvalidInputException(column + " " + row.text(column) + " is in the future");
                }
            }
            String priority = row.text("priority");
            NewItem request = new NewItem(kind, rep, customer(row), row.text("subject"),
                    priority == null ? Priority.CUSTOMER : Labeled.parse(Priority.class, priority, "priority"),
                    received, kind.isDueByTarget() ? null : due, kind.isDueByTarget() ? due : null, SOURCE, key);
            ItemService.Prepared prepared = items.prepare(request, teams.get(rep.teamId()), actions);
            if (preview.size() < PREVIEW) {
                preview.add(new Preview(row.line(), kind, rep.name(), request.customer().name(), request.subject(),
                        received, prepared.item().progress().isOpen() ? "open" : "done"));
            }
            return prepared;
        }

        private Rep rep(String email) {
            Rep rep = reps.get(email.toLowerCase(Locale.ROOT));
            if (rep != null) {
                return rep;
            }
            if (!options.createReps()) {
                throw new InvalidInputException("no rep with the email " + email + "; add them, or import with "
                        + "--create-reps");
            }
            String team = options.teamForNewReps();
            if (team == null) {
                List<Team> all = people.teams();
                if (all.size() != 1) {
                    throw new InvalidInputException("no rep with the email " + email + ", and --create-reps needs "
                            + "--team to know where to add them");
                }
                team = all.get(0).name();
            }
            if (!people.hasTeam(team)) {
                Team made = people.addTeam(team, clock.getZone(), ResponsePolicy.standard());
                teams.put(made.id(), made);
            }
            rep = people.addRep(nameOf(email), email, team, Role.REP, null);
            reps.put(email.toLowerCase(Locale.ROOT), rep);
            repsCreated++;
            return rep;
        }

        private Customer customer(Table.Row row) {
            String name = row.required("customer");
            String contactText = row.text("contact");
            boolean isEmail = contactText != null && contactText.contains("@");
            String contact = isEmail ? email(contactText) : Phones.normalize(contactText);
            Customer found = contact != null ? byContact.get(contact) : null;
            if (found == null) {
                found = byName.get(name.toLowerCase(Locale.ROOT));
            }
            if (found != null) {
                return found;
            }
            Customer created = people.addCustomer(new Customer(0, name, null, isEmail ? null : contactText,
                    isEmail ? contactText : null, null));
            customersCreated++;
            byName.put(name.toLowerCase(Locale.ROOT), created);
            if (contact != null) {
                byContact.put(contact, created);
            }
            return created;
        }

        Summary finish(int rows, boolean imported) {
            if (!rejected.isEmpty() && !options.skipInvalid()) {
                throw new Refused(new Summary(rows, already, 0, 0, 0, List.copyOf(rejected), List.of(), false));
            }
            List<Long> ids = items.store(made.stream().map(NewItemRow::prepared).toList());
            List<ImportLedger.Entry> entries = new ArrayList<>();
            for (int i = 0; i < made.size(); i++) {
                entries.add(new ImportLedger.Entry(made.get(i).key(), ImportLedger.Role.CREATED, ids.get(i)));
            }
            ledger.record(SOURCE, entries, now);
            return new Summary(rows, already, made.size(), customersCreated, repsCreated, List.copyOf(rejected),
                    List.copyOf(preview), imported);
        }
    }

    /** Bad rows without --skip-invalid: the transaction (customers and reps made on the way too) is undone. */
    private static final class Refused extends RuntimeException {
        private final transient Summary summary;

        Refused(Summary summary) {
            super(summary.rejected().size() + " rows cannot be read", null, false, false);
            this.summary = summary;
        }
    }

    /** "anna.schmidt@x.example" is probably Anna Schmidt. */
    static String nameOf(String email) {
        String local = email.substring(0, Math.max(0, email.indexOf('@')));
        StringBuilder name = new StringBuilder();
        for (String part : local.split("[._\\-]+")) {
            if (!part.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0)))
                        .append(part.substring(1));
            }
        }
        return name.isEmpty() ? email : name.toString();
    }

    private static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The row's id: its external_id, or a digest of everything it says, so the same row is the same item. */
    private static String key(Table.Row row) {
        String external = row.text("external_id");
        if (external != null) {
            return external;
        }
        StringBuilder content = new StringBuilder();
        for (String column : COLUMNS) {
            String value = row.text(column);
            content.append(value == null ? "" : value.toLowerCase(Locale.ROOT)).append('\u0001');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return "row:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
