package dev.promptly.items;

import dev.promptly.people.Customer;
import dev.promptly.people.CustomerRepository;
import dev.promptly.people.Directory;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Listing items as they stood at an instant (docs/architecture.md, "As-of queries"): the store's candidates, each
 * replayed up to the instant where something happened to it since, filtered exactly, with the people they concern.
 */
final class ItemListings {

    private final ItemRepository items;
    private final CustomerRepository customers;
    private final PeopleService people;

    ItemListings(ItemRepository items, CustomerRepository customers, PeopleService people) {
        this.items = items;
        this.customers = customers;
        this.people = people;
    }

    /** The open items of the given owners as they stood at {@code asOf}, in queue order. */
    List<ItemView> queue(Set<Long> ownerIds, Instant asOf) {
        return list(ItemQuery.openAt(ownerIds, asOf), ItemView.QUEUE_ORDER);
    }

    /** Items matching {@code query} exactly as they stood at its instant, with the people they concern. */
    List<ItemView> list(ItemQuery query, Comparator<ItemView> order) {
        List<Item> shown = asTheyStood(items.candidates(query), query.asOf(), true).stream()
                .filter(item -> matches(item, query))
                .toList();
        return views(shown, query.asOf(), order);
    }

    /**
     * Items matching {@code query} exactly as they stood at its instant: their progress replayed up to it where
     * later events exist. Lighter than {@link #list}, for counting.
     */
    List<Item> itemsAsOf(ItemQuery query) {
        return asTheyStood(items.candidates(query), query.asOf(), false).stream()
                .filter(item -> matches(item, query))
                .toList();
    }

    /**
     * {@code stored} as they stood at {@code asOf}: each item something happened to since is replayed from its
     * events up to then. With {@code subjects}, also its subject as it was then, which takes the edits after
     * {@code asOf} too (they carry the subject before them); counting needs no subject, and reads less.
     */
    private List<Item> asTheyStood(List<Item> stored, Instant asOf, boolean subjects) {
        Set<Long> replayed = stored.stream()
                .filter(item -> item.progress().lastEventAt().isAfter(asOf))
                .map(Item::id)
                .collect(Collectors.toSet());
        if (replayed.isEmpty()) {
            return stored;
        }
        Map<Long, List<ItemEvent>> histories = items.events(replayed, subjects ? TimeBounds.END : asOf);
        return stored.stream()
                .map(item -> replayed.contains(item.id()) ? asItStood(item, histories.get(item.id()), asOf) : item)
                .toList();
    }

    private static Item asItStood(Item item, List<ItemEvent> history, Instant asOf) {
        List<ItemEvent> upTo = Progress.upTo(history, asOf);
        return ItemEdits.subjectAt(item, history, upTo).withProgress(Progress.replay(item.kind(), upTo));
    }

    private static boolean matches(Item item, ItemQuery query) {
        return !item.receivedAt().isAfter(query.asOf())
                && (query.ownerIds() == null || query.ownerIds().contains(item.ownerId()))
                && (!query.openOnly() || item.progress().isOpen())
                && (query.resolvedFrom() == null || isResolvedBetween(item, query.resolvedFrom(), query.asOf()))
                && (query.kind() == null || query.kind() == item.kind())
                && (query.dueFrom() == null || !item.dueAt().isBefore(query.dueFrom()))
                && (query.dueTo() == null || item.dueAt().isBefore(query.dueTo()));
    }

    private static boolean isResolvedBetween(Item item, Instant from, Instant to) {
        Instant resolved = item.progress().resolvedAt();
        return resolved != null && !resolved.isBefore(from) && !resolved.isAfter(to);
    }

    private List<ItemView> views(List<Item> matching, Instant asOf, Comparator<ItemView> order) {
        Directory directory = people.directory();
        Map<Long, Customer> byId = customers.findByIds(matching.stream().map(Item::customerId).collect(Collectors.toSet()));
        return matching.stream()
                .map(item -> {
                    Rep owner = directory.rep(item.ownerId());
                    Team team = directory.teamOf(item.ownerId());
                    return new ItemView(item, item.deadline().stateAt(asOf), owner, team,
                            byId.get(item.customerId()), asOf);
                })
                .sorted(order)
                .toList();
    }

    /**
     * The items of these customers owned by one of {@code ownerIds} (null: anyone the reader may see): all open ones
     * and each customer's {@code latestDone} latest done ones as stored now, shown as they stood at {@code asOf};
     * items received later do not exist yet. For finding a customer.
     */
    List<ItemView> ofCustomers(Set<Long> customerIds, Set<Long> ownerIds, int latestDone, Instant asOf) {
        List<Item> stored = items.ofCustomers(customerIds, ownerIds, latestDone).stream()
                .filter(item -> !item.receivedAt().isAfter(asOf))
                .toList();
        List<Item> shown = asTheyStood(stored, asOf, true).stream()
                .filter(item -> ownerIds == null || ownerIds.contains(item.ownerId()))
                .toList();
        return views(shown, asOf, ItemView.QUEUE_ORDER);
    }
}
