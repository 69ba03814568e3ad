package dev.promptly.imports.cdr;

import dev.promptly.imports.ImportLedger;
import dev.promptly.imports.Phones;
import dev.promptly.imports.Rejected;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.imports.cdr.CallbackWrites.OpenCallback;
import dev.promptly.imports.cdr.CdrImport.Change;
import dev.promptly.imports.cdr.CdrImport.Summary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * One import's work inside its transaction, call by call in time order: what each call is to the reps (a missed
 * call, a call again, a call back, or nothing), and the counts and changes its summary shows.
 */
final class CallMatching {

    /** How many changes a summary lists one by one. */
    static final int PREVIEW = 200;

    private final CallParties parties;
    private final CallbackWrites writes;
    private final List<Change> changes = new ArrayList<>();
    private final CallsForNoRep forNoRep = new CallsForNoRep();
    private final int total;
    private final DoubleConsumer progress;
    private int done;
    private int missed;
    private int repeats;
    private int attempts;
    private int outboundWithoutCallback;

    CallMatching(CallParties parties, CallbackWrites writes, int total, DoubleConsumer progress) {
        this.parties = parties;
        this.writes = writes;
        this.total = total;
        this.progress = progress;
    }

    void take(Call call) {
        CdrRow first = call.first();
        Rep caller = parties.caller(call);
        Rep called = parties.called(call);
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
            writes.changedNothing(call.id());
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
        OpenCallback open = writes.openFor(phone);
        if (open != null) {
            int times = writes.calledAgain(open);
            if (writes.act(call, open, new ItemAction.Note(call.start(), "Called again from " + number
                    + " (called " + times + " times)"), ImportLedger.Role.REPEAT)) {
                repeats++;
                change(Change.Kind.REPEAT, call, rep, name, number, "called " + times + " times");
            }
            return;
        }
        Customer customer = parties.customer(phone, name, number);
        writes.create(new NewItem(ItemKind.CALLBACK, rep, customer, "Missed call from "
                + name + (name.equals(number) ? "" : " (" + number + ")"), Priority.CUSTOMER, call.start(), null,
                null, CdrImport.SOURCE, call.id()), phone, call.id());
        change(Change.Kind.CALLBACK, call, rep, customer.name(), number, "missed call");
    }

    private void outbound(Call call, Rep rep) {
        AttemptOutcome outcome = call.attemptOutcome();
        OpenCallback open = null;
        String number = null;
        for (CdrRow leg : call.legs()) {
            for (String candidate : new String[] {leg.dst(), Call.extensionOf(leg.dstChannel())}) {
                String phone = Phones.normalize(candidate);
                if (open == null && phone != null && writes.hasOpen(phone)) {
                    open = writes.openFor(phone);
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
            writes.changedNothing(call.id());
            return;
        }
        // The attempt is the caller's, who need not own the callback.
        if (writes.act(call, open, new ItemAction.By(rep.id(), new ItemAction.Attempt(call.start(), outcome,
                "Logged from the phone system")), ImportLedger.Role.ATTEMPT)) {
            attempts++;
            change(Change.Kind.ATTEMPT, call, rep, null, call.first().dst(), outcome.label());
            if (outcome == AttemptOutcome.REACHED) {
                writes.closed(number);
            }
        }
    }

    /** Whether a call goes to a caller whose missed call waits for its rep. */
    private boolean callsBackForNoRep(Call call) {
        return call.numbersCalled().anyMatch(forNoRep::isCaller);
    }

    /** Whether a call goes to a caller waiting for a rep, or to a number with an open callback. */
    private boolean isToACaller(Call call) {
        return call.numbersCalled().anyMatch(phone -> forNoRep.isCaller(phone) || writes.hasOpen(phone));
    }

    private void change(Change.Kind kind, Call call, Rep rep, String customer, String number, String detail) {
        if (changes.size() < PREVIEW) {
            changes.add(new Change(kind, call.start(), rep.name(), customer, number, detail));
        }
    }

    /** Stores what the calls made and took in. */
    void finish(Instant now) {
        writes.finish(parties, now);
    }

    Summary summary(int lines, int calls, int alreadyImported, List<Rejected> rejected, boolean imported) {
        return new Summary(lines, calls, alreadyImported, missed, writes.created(), repeats, attempts,
                outboundWithoutCallback, rejected, List.copyOf(changes), writes.skipped(),
                forNoRep.byExtension(), forNoRep.callsBack(), imported);
    }
}
