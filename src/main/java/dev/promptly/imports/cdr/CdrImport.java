package dev.promptly.imports.cdr;

import dev.promptly.common.Transactions;
import dev.promptly.imports.DryRun;
import dev.promptly.imports.ImportLedger;
import dev.promptly.imports.ImportServices;
import dev.promptly.imports.Rejected;
import dev.promptly.items.ItemService;
import dev.promptly.people.PeopleService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

/**
 * Turns an Asterisk call-detail file into Promptly's work (docs/user-guide.md, "Calls from the phone system"):
 * an inbound call to a rep that no person answered becomes a callback (or adds to the caller's open one), and a
 * rep's outbound call to a number with an open callback becomes an attempt on it. All of a file is imported in one
 * transaction, or none of it; calls imported before are left alone. The legs are grouped into calls by {@link Call},
 * matched to reps and customers by {@link CallMatching} and {@link CallParties}, and written by {@link CallbackWrites}.
 */
public final class CdrImport {

    public static final String SOURCE = "cdr";

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
        List<Call> calls = Call.grouped(read.rows());
        int lines = read.rows().size() + read.rejected().size();
        if (!read.rejected().isEmpty() && !options.skipInvalid()) {
            return new Summary(lines, calls.size(), 0, 0, 0, 0, 0, 0, read.rejected(), List.of(), List.of(), Map.of(),
                    0, false);
        }
        Set<String> known = ledger.known(SOURCE, calls.stream().map(Call::id).toList());
        List<Call> fresh = calls.stream().filter(c -> !known.contains(c.id())).toList();
        return DryRun.run(transactions, options.dryRun(), () -> {
            CallParties parties = new CallParties(people);
            CallbackWrites writes = new CallbackWrites(items, ledger, people.reps(), clock.instant());
            CallMatching run = new CallMatching(parties, writes, fresh.size(), progress);
            for (Call call : fresh) {
                run.take(call);
            }
            run.finish(now);
            return run.summary(lines, calls.size(), known.size(), read.rejected(), !options.dryRun());
        });
    }
}
