package dev.promptly.items;

import dev.promptly.people.Customer;
import dev.promptly.people.CustomerMatch;
import dev.promptly.people.CustomerRepository;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.SignedIn;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finding a customer of the team while they are on the phone: by name, company, email or phone (in any formatting,
 * see {@link CustomerMatch}), with their open items whoever owns them and what was done for them lately.
 *
 * <p>"Of the team" means customers with items owned in the viewer's team: on a team store, reps and leads search
 * their own team (and the server's row-level security shows them nothing else anyway), managers and admins every
 * team; on the single-user store, the chosen person's team, or every team for a manager. See {@link #scope}.
 */
public final class CustomerSearch {

    /** More than this many customers is a search to type further; the panel says so. */
    public static final int MOST_CUSTOMERS = 20;
    /** Done items shown per customer, the latest first. */
    public static final int RECENT_DONE = 5;

    /** A customer found, their open items in queue order and their latest done ones. */
    public record Found(Customer customer, List<ItemView> open, List<ItemView> recent) {
    }

    private final CustomerRepository customers;
    private final ItemService items;
    private final PeopleService people;

    public CustomerSearch(CustomerRepository customers, ItemService items, PeopleService people) {
        this.customers = customers;
        this.items = items;
        this.people = people;
    }

    /**
     * Whose items a search by {@code viewer} covers: the ids of their team's reps, or null for every team.
     * {@code signedIn} is who is signed in to a team store, null on the single-user store.
     */
    public Set<Long> scope(Rep viewer, SignedIn signedIn) {
        boolean ownTeam = signedIn != null ? signedIn.seesOnlyOwnTeam() : viewer.role() != Role.MANAGER;
        Rep member = signedIn != null && signedIn.rep() != null ? signedIn.rep() : viewer;
        if (!ownTeam || member == null) {
            return null;
        }
        return people.reps().stream().filter(r -> r.teamId() == member.teamId()).map(Rep::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The customers {@code typed} finds among those with items of {@code ownerIds} (null: all), as at {@code asOf}. */
    public List<Found> find(String typed, Set<Long> ownerIds, Instant asOf) {
        CustomerMatch match = CustomerMatch.of(typed);
        if (match.isEmpty()) {
            return List.of();
        }
        List<Customer> found = customers.search(match, ownerIds, MOST_CUSTOMERS).stream()
                .filter(match::matches)
                .toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ItemView>> byCustomer = items.ofCustomers(
                        found.stream().map(Customer::id).collect(Collectors.toSet()), ownerIds, RECENT_DONE, asOf).stream()
                .collect(Collectors.groupingBy(v -> v.item().customerId()));
        return found.stream()
                .map(customer -> {
                    List<ItemView> all = byCustomer.getOrDefault(customer.id(), List.of());
                    List<ItemView> open = all.stream().filter(v -> v.item().progress().isOpen()).toList();
                    List<ItemView> recent = all.stream().filter(v -> !v.item().progress().isOpen())
                            .sorted(LATEST_DONE_FIRST).limit(RECENT_DONE).toList();
                    return new Found(customer, open, recent);
                })
                .filter(f -> !f.open().isEmpty() || !f.recent().isEmpty())
                .toList();
    }

    private static final Comparator<ItemView> LATEST_DONE_FIRST = Comparator
            .comparing((ItemView v) -> v.item().progress().resolvedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(v -> -v.item().id());
}
