package dev.promptly.imports.mail;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.TextLimit;
import dev.promptly.common.Transactions;
import dev.promptly.imports.DryRun;
import dev.promptly.imports.ImportLedger;
import dev.promptly.imports.ImportServices;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a rep's mailbox into email items (docs/metrics.md, "Email"): each period in which a customer waited for
 * the rep's reply is one item, received when it began and replied when the rep answered. Importing the same
 * mailbox again, or a longer one, creates nothing twice, and replies that came since close their items.
 */
public final class MailImport {

    public static final String SOURCE = "mail";

    /**
     * @param aliases   the rep's other addresses
     * @param since     periods that began before this are left out; null for all
     * @param skipLists messages sent to lists (Precedence: bulk, junk, list) count for nothing
     */
    public record Options(String rep, List<String> aliases, Instant since, boolean skipLists, boolean dryRun) {
    }

    /**
     * What an import read and did.
     *
     * @param skipped  why messages were left out, and how many for each reason
     * @param warnings messages read in part, each named (cut off in its headers, a Date that cannot be read)
     */
    public record Summary(int messages, int duplicates, int threads, int periods, int alreadyImported,
                          int itemsCreated, int itemsReplied, Map<String, Integer> skipped, List<String> warnings,
                          List<Preview> preview, boolean imported) {
    }

    /** One email item the import makes (or would make). */
    public record Preview(Instant receivedAt, String customer, String subject, Instant repliedAt) {
    }

    /** How many new items a summary lists one by one. */
    static final int PREVIEW = 200;

    private final PeopleService people;
    private final ItemService items;
    private final ImportLedger ledger;
    private final Transactions transactions;
    private final Clock clock;

    public MailImport(ImportServices services) {
        this.people = services.people();
        this.items = services.items();
        this.ledger = services.ledger();
        this.transactions = services.transactions();
        this.clock = services.clock();
    }

    /** Reads an mbox stream (any size: only headers are kept) and imports its conversations. */
    public Summary importMbox(InputStream mbox, Options options) throws IOException {
        Rep rep = people.rep(options.rep());
        Instant now = clock.instant();
        Mailbox mailbox = new Mailbox(now);
        MboxReader.read(mbox, (line, fromLine, headers, cutOff) -> {
            Mail mail = MailHeaders.read(headers, MailDates.fromLine(fromLine));
            mailbox.add(mail);
            mailbox.warnings.addAll(MailWarnings.of(line, headers, cutOff, mail));
        });
        return take(rep, mailbox, options);
    }

    /** Makes the items of a mailbox whose messages are already at hand (each once): what a sync does. */
    Summary take(Rep rep, List<Mail> messages, Options options) {
        Mailbox mailbox = new Mailbox(clock.instant());
        messages.forEach(mailbox::add);
        return take(rep, mailbox, options);
    }

    /** The messages of one mailbox, each once, with why others were left out. */
    static final class Mailbox {
        private final Instant now;
        private final Set<String> keys = new HashSet<>();
        private final List<Mail> mail = new ArrayList<>();
        private final Map<String, Integer> skipped = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private int read;
        private int duplicates;

        Mailbox(Instant now) {
            this.now = now;
        }

        void add(Mail m) {
            read++;
            if (m.date() == null) {
                skipped.merge("no readable date", 1, Integer::sum);
            } else if (m.date().isAfter(now)) {
                skipped.merge("dated in the future", 1, Integer::sum);
            } else if (!keys.add(m.key())) {
                duplicates++;
            } else {
                mail.add(m);
            }
        }
    }

    private Summary take(Rep rep, Mailbox mailbox, Options options) {
        Set<String> addresses = new HashSet<>();
        addresses.add(rep.email().toLowerCase(Locale.ROOT));
        options.aliases().forEach(a -> addresses.add(a.strip().toLowerCase(Locale.ROOT)));
        Conversations.Result result = Conversations.of(mailbox.mail, addresses, options.skipLists());
        List<Conversations.Period> periods = result.periods().stream()
                .filter(p -> options.since() == null || !p.start().date().isBefore(options.since()))
                .toList();
        Map<String, Conversations.Period> byKey = new LinkedHashMap<>();
        periods.forEach(p -> byKey.put(rep.email().toLowerCase(Locale.ROOT) + "|" + p.start().key(), p));
        Map<String, Long> known = ledger.items(SOURCE, byKey.keySet());
        Map<String, Integer> skipped = new LinkedHashMap<>(mailbox.skipped);
        return DryRun.run(transactions, options.dryRun(), () -> {
            int replied = 0;
            List<Preview> preview = new ArrayList<>();
            List<String> newKeys = new ArrayList<>();
            List<ItemService.Prepared> prepared = new ArrayList<>();
            Map<String, Customer> customers = customersByEmail();
            var team = people.teamOf(rep);
            for (Map.Entry<String, Conversations.Period> entry : byKey.entrySet()) {
                Conversations.Period period = entry.getValue();
                Long itemId = known.get(entry.getKey());
                if (itemId != null) {
                    replied += closeIfReplied(itemId, period, skipped) ? 1 : 0;
                    continue;
                }
                Mail start = period.start();
                // A sender's name is cut to Promptly's limit rather than refused (as MailHeaders cuts the subject):
                // one overlong header must not stop the whole mailbox.
                Customer customer = customers.computeIfAbsent(start.fromAddress(), address -> people.addCustomer(
                        new Customer(0, TextLimit.CUSTOMER_NAME.shortened(start.fromName() != null ? start.fromName()
                                : address), null, null, address, null)));
                List<ItemAction> actions = period.reply() == null ? List.of()
                        : List.of(new ItemAction.Reply(period.reply().date()));
                prepared.add(items.prepare(new NewItem(ItemKind.EMAIL, rep, customer,
                        start.subject().isBlank() ? "(no subject)" : start.subject(), Priority.CUSTOMER,
                        start.date(), null, null, SOURCE, entry.getKey()), team, actions));
                newKeys.add(entry.getKey());
                if (preview.size() < PREVIEW) {
                    preview.add(new Preview(start.date(), customer.name(), start.subject(),
                            period.reply() == null ? null : period.reply().date()));
                }
            }
            List<Long> ids = items.store(prepared);
            List<ImportLedger.Entry> entries = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                entries.add(new ImportLedger.Entry(newKeys.get(i), ImportLedger.Role.CREATED, ids.get(i)));
            }
            ledger.record(SOURCE, entries, clock.instant());
            return new Summary(mailbox.read, mailbox.duplicates, result.threads(), periods.size(), known.size(),
                    ids.size(), replied, skipped, List.copyOf(mailbox.warnings), List.copyOf(preview),
                    !options.dryRun());
        });
    }

    /** A period imported while open whose reply has come since: the item is replied now. */
    private boolean closeIfReplied(long itemId, Conversations.Period period, Map<String, Integer> skipped) {
        if (period.reply() == null || !items.item(itemId).progress().isOpen()) {
            return false;
        }
        try {
            items.apply(itemId, null, new ItemAction.Reply(period.reply().date()));
            return true;
        } catch (InvalidInputException e) {
            skipped.merge("a reply older than what was recorded on its item since", 1, Integer::sum);
            return false;
        }
    }

    private Map<String, Customer> customersByEmail() {
        Map<String, Customer> byEmail = new HashMap<>();
        for (Customer c : people.customers()) {
            if (c.email() != null) {
                byEmail.putIfAbsent(c.email().toLowerCase(Locale.ROOT), c);
            }
        }
        return byEmail;
    }
}
