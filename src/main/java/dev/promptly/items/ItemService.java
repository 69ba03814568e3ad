package dev.promptly.items;

import dev.promptly.common.ConflictException;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Transactions;
import dev.promptly.people.Customer;
import dev.promptly.people.CustomerRepository;
import dev.promptly.people.PeopleService;
import dev.promptly.people.SignedIn;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import java.util.stream.Collectors;

/** Creating items, recording what people do with them, and listing them as they stood at an instant. */
public final class ItemService {

    private final ItemRepository items;
    private final CustomerRepository customers;
    private final PeopleService people;
    private final Transactions transactions;
    private final Clock clock;
    private final ActionPermissions permissions;
    private final Supplier<Optional<SignedIn>> signedIn;
    private final ItemListings listings;

    public ItemService(ItemRepository items, CustomerRepository customers, PeopleService people,
                       Transactions transactions, Clock clock) {
        this(items, customers, people, transactions, clock, Optional::empty, id -> Optional.empty());
    }

    /** With {@code signedIn}, who is signed in to a team store: actions they may not take are refused in words. */
    public ItemService(ItemRepository items, CustomerRepository customers, PeopleService people,
                       Transactions transactions, Clock clock, Supplier<Optional<SignedIn>> signedIn,
                       java.util.function.LongFunction<Optional<String>> teamOfHiddenItem) {
        this.items = items;
        this.customers = customers;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
        this.permissions = new ActionPermissions(signedIn, teamOfHiddenItem, people);
        this.signedIn = signedIn;
        this.listings = new ItemListings(items, customers, people);
    }

    /** Who is signed in to the team store; empty on the single-user store, where everyone sees everything. */
    public Optional<SignedIn> signedIn() {
        return signedIn.get();
    }

    /**
     * Stores a new item, due by the owner team's target (callbacks, emails) or at the given time (commitments,
     * follow-ups); a time the customer asked for overrides both. An item whose source and external id are already
     * stored is returned as it is, so that importing the same data twice creates nothing twice.
     */
    public Item add(NewItem request) {
        checkTimes(request);
        permissions.checkAdd(request.owner());
        return transactions.inTransaction(() -> {
            if (request.externalId() != null) {
                Optional<Item> existing = items.findBySource(request.source(), request.externalId());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            Customer customer = people.customerFor(request.customer());
            Prepared created = created(request, customer, people.teamOf(request.owner()));
            return items.create(created.item(), created.history().get(0));
        });
    }

    /**
     * A person says when an item came in: not later than now, and in a sane year, as for the other times given.
     * (Importers check received times themselves, row by row, with their own words.)
     */
    private void checkTimes(NewItem request) {
        TimeBounds.requireWithinYears(request.receivedAt(), "the received time");
        TimeBounds.requireHappened(request.receivedAt(), clock.instant(), "the received time");
        if (request.dueAt() != null) {
            TimeBounds.requireWithinYears(request.dueAt(), "the due time");
        }
        if (request.requestedAt() != null) {
            TimeBounds.requireWithinYears(request.requestedAt(), "the requested time");
        }
    }

    /** A new item with its history, checked and ready to be stored by {@link #store}. */
    public record Prepared(Item item, List<ItemEvent> history) {
    }

    /**
     * Builds a new item and what has happened to it since, as an importer knows it, checking every action as
     * {@link #apply} does (in order, not before the item was received, not in the future); stores nothing. The
     * request's customer must be stored already; {@code team} is the owner's, which an importer looks up once.
     */
    public Prepared prepare(NewItem request, Team team, List<ItemAction> actions) {
        if (request.customer().id() == 0) {
            throw new IllegalArgumentException("store the customer " + request.customer().name() + " first");
        }
        Prepared prepared = created(request, request.customer(), team);
        Item item = prepared.item();
        List<ItemEvent> history = new ArrayList<>(prepared.history());
        for (ItemAction action : actions) {
            checkOrder(item, action.at());
            // Provisional ids keep events at the same instant in the order they were given.
            history.add(action.toEvent(item, history).withId(history.size() + 1));
            item = item.withProgress(Progress.replay(item.kind(), history));
        }
        return new Prepared(item, history);
    }

    /** Stores prepared items in bulk, all of them or none; returns their ids in the same order. */
    public List<Long> store(List<Prepared> prepared) {
        return transactions.inTransaction(() -> {
            List<Long> ids = new ArrayList<>(prepared.size());
            try (ItemBatch batch = items.batch(prepared.size())) {
                prepared.forEach(p -> ids.add(batch.add(p.item(), p.history())));
            }
            return ids;
        });
    }

    private static Prepared created(NewItem request, Customer customer, Team team) {
        Instant due = dueAt(request, team);
        ItemEvent created = ItemEvent.created(request.receivedAt(), request.owner().id(), due,
                team.policy().dueSoonAt(due)).withId(1);
        Progress progress = Progress.replay(request.kind(), List.of(created));
        return new Prepared(new Item(0, request.kind(), customer.id(), request.subject(), request.priority(),
                request.receivedAt(), request.requestedAt(), request.source(), request.externalId(), progress, 0),
                List.of(created));
    }

    private static Instant dueAt(NewItem request, Team team) {
        ItemKind kind = request.kind();
        if (kind.isDueByTarget() && request.dueAt() != null) {
            throw new InvalidInputException(article(kind) + " " + kind.label() + " is due by the team's response target; "
                    + "give the time the customer asked for as the requested time instead of a due time");
        }
        if (request.requestedAt() != null) {
            return request.requestedAt();
        }
        if (kind.isDueByTarget()) {
            return team.policy().dueAt(request.receivedAt());
        }
        if (request.dueAt() == null) {
            throw new InvalidInputException(article(kind) + " " + kind.label() + " needs a due time");
        }
        return request.dueAt();
    }

    private static String article(ItemKind kind) {
        return kind == ItemKind.EMAIL ? "an" : "a";
    }

    /**
     * Records {@code action} on the item, done by the rep {@code actorId}, who need not be its owner (a colleague
     * logging a call, a lead reassigning); null records it as the action's default, the owner's own. See
     * {@link #apply(long, Integer, ItemAction)}.
     */
    public Item apply(long itemId, Integer expectedVersion, ItemAction action, Long actorId) {
        Long actor = permissions.actor(actorId, itemId, action);
        return apply(itemId, expectedVersion, actor == null ? action : new ItemAction.By(actor, action));
    }

    /**
     * Records {@code action} on the item. With {@code expectedVersion}, the action is refused with a
     * {@link ConflictException} if someone changed the item since that version was shown.
     */
    public Item apply(long itemId, Integer expectedVersion, ItemAction action) {
        return transactions.inTransaction(() -> {
            if (ItemAction.unwrapped(action) instanceof ItemAction.Undo) {
                List<ItemEvent> edit = ItemEdits.latestEdit(items.events(itemId));
                if (!edit.isEmpty()) {
                    return undoEdit(itemId, expectedVersion, action, edit);
                }
            }
            return record(itemId, expectedVersion, action);
        });
    }

    /**
     * Takes back a whole edit, one {@code undone} event per field it changed, latest first; the customer's details
     * go back to what they were, provided nobody changed them since (else nothing is written).
     */
    private Item undoEdit(long itemId, Integer expectedVersion, ItemAction undo, List<ItemEvent> edit) {
        Item item = null;
        Integer version = expectedVersion;
        Customer customer = null;
        for (ItemEvent event : edit) {
            if (event.field().isCustomers()) {
                if (customer == null) {
                    long customerId = item(itemId).customerId();
                    customer = customers.findByIds(List.of(customerId)).get(customerId);
                }
                customer = ItemEdits.restored(customer, event);
                customers.update(customer);
            }
            item = record(itemId, version, undo);
            version = null; // checked once, for the whole undo: the later events are this transaction's own
        }
        return item;
    }

    private Item record(long itemId, Integer expectedVersion, ItemAction action) {
        return transactions.inTransaction(() -> {
            Item stored = item(itemId);
            permissions.check(stored, action);
            if (expectedVersion != null && stored.version() != expectedVersion) {
                throw new ConflictException("item " + itemId + " was changed by someone else; reload it and try again");
            }
            checkOrder(stored, action.at());
            List<ItemEvent> history = items.events(itemId);
            ItemEvent event = action.toEvent(stored, history);
            List<ItemEvent> all = new ArrayList<>(history);
            all.add(event.withId(Long.MAX_VALUE)); // not yet stored; it is the latest event either way
            Progress now = Progress.replay(stored.kind(), all);
            return items.append(ItemEdits.subjectAfter(stored.withProgress(now), event, history), event);
        });
    }

    /**
     * Computes the due time of the team's open callbacks and emails again under the team's current policy, records
     * each move as a {@code recalculated} event at {@code at}, and returns what moved. Items with a time the
     * customer asked for keep it; commitments and follow-ups keep the time they were given.
     */
    public List<DueTimeChange> recalculate(Team team, Instant at) {
        return transactions.inTransaction(() -> {
            Set<Long> owners = people.repsOf(team).stream().map(Rep::id).collect(Collectors.toSet());
            String note = "response policy: " + team.policy().target() + " on the " + team.policy().clock().label()
                    + " clock";
            List<DueTimeChange> changes = new ArrayList<>();
            ResponsePolicy policy = team.policy();
            for (ItemView view : queue(owners, at)) {
                Item item = view.item();
                if (!item.kind().isDueByTarget() || item.requestedAt() != null
                        || item.progress().lastEventAt().isAfter(at)) {
                    continue;
                }
                Instant due = policy.dueAt(item.receivedAt());
                Instant dueSoon = policy.dueSoonAt(due);
                if (!due.equals(item.dueAt()) || !dueSoon.equals(item.progress().dueSoonAt())) {
                    apply(item.id(), null, new ItemAction.Recalculate(at, due, dueSoon, note));
                    changes.add(new DueTimeChange(view, item.dueAt(), due));
                }
            }
            return changes;
        });
    }

    /**
     * Actions are recorded in the order they happened, and not ahead of time: an item's history is a log, and a
     * listing as of an instant must not change because something was slipped in before a later event.
     */
    private void checkOrder(Item item, Instant at) {
        if (at.isBefore(item.receivedAt())) {
            throw new InvalidInputException("item " + item.id() + " was received at " + item.receivedAt()
                    + "; nothing can happen to it before then");
        }
        if (at.isBefore(item.progress().lastEventAt())) {
            throw new InvalidInputException("item " + item.id() + " already has an event at "
                    + item.progress().lastEventAt() + "; actions are recorded in the order they happened");
        }
        TimeBounds.requireHappened(at, clock.instant(), "the action's time");
    }

    /**
     * A lead ({@code actorId}; null when not known) moves items to another rep, all or none: each gets a
     * {@code reassigned} event with the reason and who did it. Items already with that rep are refused, like a
     * single reassignment.
     */
    public List<Item> reassign(List<Long> itemIds, long toRepId, String reason, Instant at, Long actorId) {
        return transactions.inTransaction(() -> itemIds.stream()
                .map(id -> apply(id, null, new ItemAction.Transfer(EventType.REASSIGNED, at, toRepId, reason), actorId))
                .toList());
    }

    /**
     * Records {@code changes} to the item, one {@code edited} event per field that differs from what is stored, all
     * or none, done by {@code actorId} (see {@link #apply(long, Integer, ItemAction, Long)}). Nothing that differs is
     * refused in words. Contact details are the customer's, so they change on every item of that customer.
     */
    public Item edit(long itemId, Integer expectedVersion, ItemChanges changes, Instant at, Long actorId) {
        return transactions.inTransaction(() -> {
            Item stored = item(itemId);
            Customer customer = customers.findByIds(List.of(stored.customerId())).get(stored.customerId());
            List<ItemAction.Edit> edits = ItemEdits.of(stored, customer, changes, at,
                    due -> people.teamOf(people.directory().rep(stored.ownerId())).policy().dueSoonAt(due));
            if (edits.isEmpty()) {
                throw new InvalidInputException("item " + itemId + " already reads like that; nothing to change");
            }
            Item item = stored;
            Integer version = expectedVersion;
            for (ItemAction.Edit edit : edits) {
                item = apply(itemId, version, edit, actorId);
                version = null; // checked once, for the whole edit: the later events are this transaction's own
                if (edit.field().isCustomers()) {
                    customer = ItemEdits.changed(customer, edit.field(), edit.to());
                    customers.update(customer);
                }
            }
            return item;
        });
    }

    public Item item(long itemId) {
        return items.find(itemId).orElseThrow(() -> {
            permissions.checkHidden(itemId);
            return new InvalidInputException("no item with id " + itemId);
        });
    }

    /** The item's history up to {@code asOf}; an item received after it does not exist yet. */
    public List<ItemEvent> history(long itemId, Instant asOf) {
        Item item = item(itemId);
        if (item.receivedAt().isAfter(asOf)) {
            throw new InvalidInputException("item " + itemId + " was not received yet at " + asOf);
        }
        return Progress.upTo(items.events(itemId), asOf);
    }

    /** The open items of the given owners as they stood at {@code asOf}, in queue order. */
    public List<ItemView> queue(Set<Long> ownerIds, Instant asOf) {
        return listings.queue(ownerIds, asOf);
    }

    /** Items matching {@code query} exactly as they stood at its instant, with the people they concern. */
    public List<ItemView> list(ItemQuery query, Comparator<ItemView> order) {
        return listings.list(query, order);
    }

    /** Items matching {@code query} exactly as they stood at its instant; lighter than {@link #list}, for counting. */
    public List<Item> itemsAsOf(ItemQuery query) {
        return listings.itemsAsOf(query);
    }

    /**
     * The items of these customers owned by one of {@code ownerIds} (null: anyone the reader may see), as they stood
     * at {@code asOf}: see {@link ItemListings#ofCustomers}. For finding a customer.
     */
    public List<ItemView> ofCustomers(Set<Long> customerIds, Set<Long> ownerIds, int latestDone, Instant asOf) {
        return listings.ofCustomers(customerIds, ownerIds, latestDone, asOf);
    }
}
