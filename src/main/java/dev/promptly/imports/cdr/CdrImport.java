package dev.promptly.imports.cdr;

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
import dev.promptly.items.ItemView;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import dev.promptly.common.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

/**
 * Turns an Asterisk call-detail file into Promptly's work (docs/user-guide.md, "Calls from the phone system"):
 * an inbound call to a rep that no person answered becomes a callback (or adds to the caller's open one), and a
 * rep's outbound call to a number with an open callback becomes an attempt on it. All of a file is imported in one
 * transaction, or none of it; calls imported before are left alone.
 */
public final class CdrImport {

    public static final String SOURCE = "cdr";
    /** Applications through which an answered call reached a person, rather than the PBX itself (voicemail, IVR). */
    static final Set<String> RINGS_PEOPLE = Set.of("dial", "queue", "followme", "retrydial");
    /** How many changes a summary lists one by one. */
    static final int PREVIEW = 200;

    /**
     * @param columns     the layout named with {@code --columns}; null to tell {@code cdr_csv}'s by each line's count
     * @param skipInvalid import the readable lines when some are not; otherwise any bad line stops the import
     * @param dryRun      work out everything, change nothing
     */
    public record Options(ZoneId zone, CdrColumns columns, boolean skipInvalid, boolean dryRun) {
    }

    /** One change the import made (or would make). */
    public record Change(Kind kind, Instant at, String rep, String customer, String number, String detail) {
        public enum Kind { CALLBACK, REPEAT, ATTEMPT }
    }

    /**
     * What an import read and did.
     *
     * @param imported  false when bad lines stopped it, or for a dry run
     * @param skipped   changes that could not be made, and why (an attempt older than what the rep already logged)
     * @param missedForNoRep missed calls to extensions no rep has, by extension (most first): left pending, not
     *                       recorded as imported, so that they become callbacks once the reps are added
     * @param callsBackPending calls to those callers, and calls from phones no rep has to numbers with an open
     *                         callback: pending too, to become attempts once the reps are added
     */
    public record Summary(int lines, int calls, int alreadyImported, int missed, int callbacksCreated, int repeats,
                          int attempts, int outboundWithoutCallback, List<Rejected> rejected, List<Change> changes,
                          List<String> skipped, Map<String, Integer> missedForNoRep, int callsBackPending,
                          boolean imported) {

        /**
         * "3 missed calls to extensions no rep has: 999 (2), 204 (1); add the reps and import again", or null when
         * every missed call had its rep.
         */
        public String missedForNoRepNotice() {
            int count = missedForNoRep.values().stream().mapToInt(Integer::intValue).sum();
            if (count == 0) {
                return null;
            }
            boolean one = missedForNoRep.size() == 1;
            return count + (count == 1 ? " missed call" : " missed calls") + " to "
                    + (one ? "an extension" : "extensions") + " no rep has: "
                    + missedForNoRep.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                            .collect(Collectors.joining(", "))
                    + "; add the " + (one ? "rep" : "reps") + " and import again";
        }

        /** "2 calls back wait for their reps too", or null when none do. */
        public String callsBackPendingNotice() {
            return callsBackPending == 0 ? null : callsBackPending + (callsBackPending == 1 ? " call" : " calls")
                    + " back from a phone no rep has, or to a caller waiting for one, "
                    + (callsBackPending == 1 ? "waits" : "wait") + " to be imported with them";
        }
    }

    private final PeopleService people;
    private final ItemService items;
    private final ImportLedger ledger;
    private final Transactions transactions;
    private final Clock clock;

    public CdrImport(ImportServices services) {
        this.people = services.people();
        this.items = services.items();
        this.ledger = services.ledger();
        this.transactions = services.transactions();
        this.clock = services.clock();
    }

    /** Imports {@code content}, the bytes of a call-detail file; {@code progress} hears 0 to 1 as calls are done. */
    public Summary run(byte[] content, Options options, DoubleConsumer progress) {
        Instant now = clock.instant();
        CdrReader.Result read = new CdrReader(options.columns(), options.zone(), now).read(content);
        List<Call> calls = calls(read.rows());
        int lines = read.rows().size() + read.rejected().size();
        if (!read.rejected().isEmpty() && !options.skipInvalid()) {
            return new Summary(lines, calls.size(), 0, 0, 0, 0, 0, 0, read.rejected(), List.of(), List.of(), Map.of(),
                    0, false);
        }
        Set<String> known = ledger.known(SOURCE, calls.stream().map(Call::id).toList());
        List<Call> fresh = calls.stream().filter(c -> !known.contains(c.id())).toList();
        return DryRun.run(transactions, options.dryRun(), () -> {
            Run run = new Run(fresh.size(), progress);
            for (Call call : fresh) {
                run.take(call);
            }
            run.finish(now);
            return run.summary(lines, calls.size(), known.size(), read.rejected(), !options.dryRun());
        });
    }

    /** The legs grouped into calls, in the order the calls started. */
    static List<Call> calls(List<CdrRow> rows) {
        Map<String, List<CdrRow>> legs = new LinkedHashMap<>();
        for (CdrRow row : rows) {
            legs.computeIfAbsent(row.callId(), k -> new ArrayList<>()).add(row);
        }
        Comparator<CdrRow> order = Comparator.comparing(CdrRow::start).thenComparingLong(CdrRow::line);
        return legs.entrySet().stream()
                .map(e -> new Call(e.getKey(), e.getValue().stream().sorted(order).toList()))
                .sorted(Comparator.comparing(Call::start).thenComparingLong(c -> c.first().line()))
                .toList();
    }

    /**
     * A callback this import creates, with what the rest of the file does to it; all of them are stored in bulk at
     * the end (one statement per row would take most of an import's time).
     */
    private static final class NewCallback {
        private final NewItem request;
        private final List<ItemAction> actions = new ArrayList<>();
        private int calls = 1;
        private Long id;

        NewCallback(NewItem request) {
            this.request = request;
        }
    }

    /** An open callback a call can add to: stored before this import ({@code id}), or made by it. */
    private record OpenCallback(Long id, NewCallback made) {
    }

    /** A ledger entry whose item may not have its id yet. */
    private record Taken(String callId, ImportLedger.Role role, OpenCallback item) {
        ImportLedger.Entry entry() {
            Long id = item == null ? null : item.id() != null ? item.id() : item.made().id;
            return new ImportLedger.Entry(callId, role, id);
        }
    }

    /** One import's work inside its transaction, call by call in time order. */
    private final class Run {
        private final Map<String, Rep> repsByExtension = new HashMap<>();
        private final Map<Long, Team> teams = new HashMap<>();
        private final Map<String, Customer> customersByPhone = new HashMap<>();
        /** The open callback of each number, as the calls go by: the callers' earlier calls have been taken in. */
        private final Map<String, OpenCallback> openCallbacks = new HashMap<>();
        private final Map<Long, Integer> timesCalled = new HashMap<>();
        private final List<NewCallback> made = new ArrayList<>();
        private final List<Taken> taken = new ArrayList<>();
        private final List<Change> changes = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private final CallsForNoRep forNoRep = new CallsForNoRep();
        private final int total;
        private final DoubleConsumer progress;
        private int done;
        private int missed;
        private int repeats;
        private int attempts;
        private int outboundWithoutCallback;

        Run(int total, DoubleConsumer progress) {
            this.total = total;
            this.progress = progress;
            people.teams().forEach(t -> teams.put(t.id(), t));
            for (Rep rep : people.reps()) {
                if (rep.extension() != null) {
                    repsByExtension.put(rep.extension().strip().toLowerCase(Locale.ROOT), rep);
                }
            }
            for (Customer customer : people.customers()) {
                String phone = Phones.normalize(customer.phone());
                if (phone != null) {
                    customersByPhone.putIfAbsent(phone, customer);
                }
            }
            Set<Long> everyone = people.reps().stream().map(Rep::id).collect(Collectors.toSet());
            for (ItemView open : items.queue(everyone, clock.instant())) {
                String phone = open.customer() == null ? null : Phones.normalize(open.customer().phone());
                if (open.item().kind() == ItemKind.CALLBACK && phone != null) {
                    openCallbacks.putIfAbsent(phone, new OpenCallback(open.item().id(), null));
                }
            }
        }

        private Rep rep(String number) {
            return number == null ? null : repsByExtension.get(number.strip().toLowerCase(Locale.ROOT));
        }

        private Rep repAt(String number, String channel) {
            Rep byNumber = rep(number);
            return byNumber != null ? byNumber : rep(Call.extensionOf(channel));
        }

        void take(Call call) {
            CdrRow first = call.first();
            Rep caller = repAt(first.src(), first.channel());
            Rep called = call.legs().stream().map(leg -> repAt(leg.dst(), leg.dstChannel()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (caller == null && called != null && !call.answered()) {
                missed(call, called);
            } else if (caller == null && called == null && !call.answered() && !call.isFromAnExtensionOut()) {
                // Not recorded as imported: its callback is made when the file is imported after the rep is added.
                forNoRep.missed(call.extensionRung(), first.src());
            } else if (caller == null && called == null && call.isFromAnExtensionOut() && isToACaller(call)) {
                // A call back from a phone no rep has yet: an attempt once the rep is added.
                forNoRep.callBack();
            } else if (caller != null && called == null) {
                outbound(call, caller);
            } else {
                taken.add(new Taken(call.id(), ImportLedger.Role.NONE, null));
            }
            if (++done % 1000 == 0 || done == total) {
                progress.accept((double) done / total);
            }
        }

        private void missed(Call call, Rep rep) {
            missed++;
            String number = call.first().src();
            String phone = Phones.normalize(number);
            String name = call.callerName() != null ? call.callerName() : number;
            OpenCallback open = phone == null ? null : openCallbacks.get(phone);
            if (open != null) {
                int times = calledAgain(open);
                if (act(call, open, new ItemAction.Note(call.start(), "Called again from " + number
                        + " (called " + times + " times)"), ImportLedger.Role.REPEAT)) {
                    repeats++;
                    change(Change.Kind.REPEAT, call, rep, name, number, "called " + times + " times");
                }
                return;
            }
            Customer customer = phone == null ? null : customersByPhone.get(phone);
            if (customer == null) {
                customer = people.addCustomer(new Customer(0, name, null, number, null, null));
                if (phone != null) {
                    customersByPhone.put(phone, customer);
                }
            }
            NewCallback callback = new NewCallback(new NewItem(ItemKind.CALLBACK, rep, customer, "Missed call from "
                    + name + (name.equals(number) ? "" : " (" + number + ")"), Priority.CUSTOMER, call.start(), null,
                    null, SOURCE, call.id()));
            made.add(callback);
            OpenCallback created = new OpenCallback(null, callback);
            if (phone != null) {
                openCallbacks.put(phone, created);
            }
            taken.add(new Taken(call.id(), ImportLedger.Role.CREATED, created));
            change(Change.Kind.CALLBACK, call, rep, customer.name(), number, "missed call");
        }

        /** Counts one more call about an open callback and returns how many there have been. */
        private int calledAgain(OpenCallback open) {
            if (open.made() != null) {
                return ++open.made().calls;
            }
            int times = timesCalled.computeIfAbsent(open.id(), id -> Math.max(1, ledger.timesCalled(SOURCE, id))) + 1;
            timesCalled.put(open.id(), times);
            return times;
        }

        private void outbound(Call call, Rep rep) {
            AttemptOutcome outcome = outcome(call);
            OpenCallback open = null;
            String number = null;
            for (CdrRow leg : call.legs()) {
                for (String candidate : new String[] {leg.dst(), Call.extensionOf(leg.dstChannel())}) {
                    String phone = Phones.normalize(candidate);
                    if (open == null && phone != null && openCallbacks.containsKey(phone)) {
                        open = openCallbacks.get(phone);
                        number = phone;
                    }
                }
            }
            if (open == null && callsBackForNoRep(call)) {
                // Pending with the missed call it returns, which becomes a callback once its rep is added.
                forNoRep.callBack();
                return;
            }
            if (open == null || outcome == null) {
                outboundWithoutCallback += open == null ? 1 : 0;
                taken.add(new Taken(call.id(), ImportLedger.Role.NONE, null));
                return;
            }
            // The attempt is the caller's, who need not own the callback.
            if (act(call, open, new ItemAction.By(rep.id(), new ItemAction.Attempt(call.start(), outcome,
                    "Logged from the phone system")), ImportLedger.Role.ATTEMPT)) {
                attempts++;
                change(Change.Kind.ATTEMPT, call, rep, null, call.first().dst(), outcome.label());
                if (outcome == AttemptOutcome.REACHED) {
                    openCallbacks.remove(number);
                }
            }
        }

        /** Whether a call goes to a caller whose missed call waits for its rep. */
        private boolean callsBackForNoRep(Call call) {
            return call.numbersCalled().anyMatch(forNoRep::isCaller);
        }

        /** Whether a call goes to a caller waiting for a rep, or to a number with an open callback. */
        private boolean isToACaller(Call call) {
            return call.numbersCalled().anyMatch(phone -> forNoRep.isCaller(phone) || openCallbacks.containsKey(phone));
        }

        /**
         * Records an action on a callback: one made by this import takes it into its history; a stored one gets it
         * at once, unless it breaks that item's order (a rep logged something later by hand), which skips this call
         * with the reason rather than the whole import.
         */
        private boolean act(Call call, OpenCallback open, ItemAction action, ImportLedger.Role role) {
            if (open.made() != null) {
                open.made().actions.add(action);
            } else {
                try {
                    items.apply(open.id(), null, action);
                } catch (InvalidInputException e) {
                    skipped.add("call " + call.id() + " (line " + call.first().line() + "): " + e.getMessage());
                    taken.add(new Taken(call.id(), ImportLedger.Role.NONE, null));
                    return false;
                }
            }
            taken.add(new Taken(call.id(), role, open));
            return true;
        }

        /** Stores the callbacks made, with their histories, and what was taken in. */
        void finish(Instant now) {
            List<ItemService.Prepared> prepared = made.stream()
                    .map(c -> items.prepare(c.request, teams.get(c.request.owner().teamId()), c.actions))
                    .toList();
            List<Long> ids = items.store(prepared);
            for (int i = 0; i < made.size(); i++) {
                made.get(i).id = ids.get(i);
            }
            ledger.record(SOURCE, taken.stream().map(Taken::entry).toList(), now);
        }

        private void change(Change.Kind kind, Call call, Rep rep, String customer, String number, String detail) {
            if (changes.size() < PREVIEW) {
                changes.add(new Change(kind, call.start(), rep.name(), customer, number, detail));
            }
        }

        Summary summary(int lines, int calls, int alreadyImported, List<Rejected> rejected, boolean imported) {
            return new Summary(lines, calls, alreadyImported, missed, made.size(), repeats, attempts,
                    outboundWithoutCallback, rejected, List.copyOf(changes), List.copyOf(skipped),
                    forNoRep.byExtension(), forNoRep.callsBack(), imported);
        }
    }

    /**
     * What a rep's call to a customer counts as: reached when someone talked (answered with billed seconds), no
     * answer, busy; none when the call could not be placed at all (failed, congestion).
     */
    static AttemptOutcome outcome(Call call) {
        if (call.legs().stream().anyMatch(l -> l.disposition() == Disposition.ANSWERED && l.billsec() > 0)) {
            return AttemptOutcome.REACHED;
        }
        if (call.legs().stream().anyMatch(l -> l.disposition() == Disposition.BUSY)) {
            return AttemptOutcome.BUSY;
        }
        if (call.legs().stream().anyMatch(l -> l.disposition() == Disposition.NO_ANSWER
                || l.disposition() == Disposition.ANSWERED)) {
            return AttemptOutcome.NO_ANSWER;
        }
        return null;
    }
}
