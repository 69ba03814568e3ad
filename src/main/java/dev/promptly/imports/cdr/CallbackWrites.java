package dev.promptly.imports.cdr;

import dev.promptly.common.InvalidInputException;
import dev.promptly.imports.ImportLedger;
import dev.promptly.imports.Phones;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.items.ItemView;
import dev.promptly.items.NewItem;
import dev.promptly.people.Rep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import writes: the callbacks it makes, the actions it adds to open ones and the ledger of calls taken in.
 * New callbacks are stored in bulk at the end (one statement per row would take most of an import's time).
 */
final class CallbackWrites {

    /** A callback this import creates, with what the rest of the file does to it. */
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
    record OpenCallback(Long id, NewCallback made) {
    }

    /** A ledger entry whose item may not have its id yet. */
    private record Taken(String callId, ImportLedger.Role role, OpenCallback item) {
        ImportLedger.Entry entry() {
            Long id = item == null ? null : item.id() != null ? item.id() : item.made().id;
            return new ImportLedger.Entry(callId, role, id);
        }
    }

    private final ItemService items;
    private final ImportLedger ledger;
    /** The open callback of each number, as the calls go by: the callers' earlier calls have been taken in. */
    private final Map<String, OpenCallback> openCallbacks = new HashMap<>();
    private final Map<Long, Integer> timesCalled = new HashMap<>();
    private final List<NewCallback> made = new ArrayList<>();
    private final List<Taken> taken = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    /** Reads the open callbacks of every rep, by their customer's phone. */
    CallbackWrites(ItemService items, ImportLedger ledger, List<Rep> reps, Instant now) {
        this.items = items;
        this.ledger = ledger;
        Set<Long> everyone = reps.stream().map(Rep::id).collect(Collectors.toSet());
        for (ItemView open : items.queue(everyone, now)) {
            String phone = open.customer() == null ? null : Phones.normalize(open.customer().phone());
            if (open.item().kind() == ItemKind.CALLBACK && phone != null) {
                openCallbacks.putIfAbsent(phone, new OpenCallback(open.item().id(), null));
            }
        }
    }

    /** The open callback for {@code phone} (normalised; may be null); null when there is none. */
    OpenCallback openFor(String phone) {
        return phone == null ? null : openCallbacks.get(phone);
    }

    boolean hasOpen(String phone) {
        return openCallbacks.containsKey(phone);
    }

    /** The callback for {@code phone} was answered: later calls from it need a new one. */
    void closed(String phone) {
        openCallbacks.remove(phone);
    }

    /** Counts one more call about an open callback and returns how many there have been. */
    int calledAgain(OpenCallback open) {
        if (open.made() != null) {
            return ++open.made().calls;
        }
        int times = timesCalled.computeIfAbsent(open.id(),
                id -> Math.max(1, ledger.timesCalled(CdrImport.SOURCE, id))) + 1;
        timesCalled.put(open.id(), times);
        return times;
    }

    /** Makes a callback for {@code callId}, open for {@code phone} (normalised; may be null) from now on. */
    void create(NewItem request, String phone, String callId) {
        NewCallback callback = new NewCallback(request);
        made.add(callback);
        OpenCallback created = new OpenCallback(null, callback);
        if (phone != null) {
            openCallbacks.put(phone, created);
        }
        taken.add(new Taken(callId, ImportLedger.Role.CREATED, created));
    }

    /** A call taken in that changes no item. */
    void changedNothing(String callId) {
        taken.add(new Taken(callId, ImportLedger.Role.NONE, null));
    }

    /**
     * Records an action on a callback: one made by this import takes it into its history; a stored one gets it
     * at once, unless it breaks that item's order (a rep logged something later by hand), which skips this call
     * with the reason rather than the whole import.
     */
    boolean act(Call call, OpenCallback open, ItemAction action, ImportLedger.Role role) {
        if (open.made() != null) {
            open.made().actions.add(action);
        } else {
            try {
                items.apply(open.id(), null, action);
            } catch (InvalidInputException e) {
                skipped.add("call " + call.id() + " (line " + call.first().line() + "): " + e.getMessage());
                changedNothing(call.id());
                return false;
            }
        }
        taken.add(new Taken(call.id(), role, open));
        return true;
    }

    /** Stores the callbacks made, with their histories, and what was taken in. */
    void finish(CallParties parties, Instant now) {
        List<ItemService.Prepared> prepared = made.stream()
                .map(c -> items.prepare(c.request, parties.team(c.request.owner().teamId()), c.actions))
                .toList();
        List<Long> ids = items.store(prepared);
        for (int i = 0; i < made.size(); i++) {
            made.get(i).id = ids.get(i);
        }
        ledger.record(CdrImport.SOURCE, taken.stream().map(Taken::entry).toList(), now);
    }

    int created() {
        return made.size();
    }

    /** Calls that could not be taken in, and why. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }
}
