package dev.promptly.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface CustomerRepository {

    Customer add(Customer customer);

    /** The oldest customer with this name, ignoring case. */
    Optional<Customer> findByName(String name);

    Map<Long, Customer> findByIds(Collection<Long> ids);

    List<Customer> list();

    /** Stores {@code customer}'s name and contact details (company, phone, email) over those stored under its id. */
    void update(Customer customer);

    /**
     * Up to {@code limit} customers in name order (ignoring case) that {@code match} may find (its words in their
     * name, company or email; its number among their phone's digits) and, unless {@code ownerIds} is null, that have
     * items owned by one of {@code ownerIds}. The caller checks each against {@code match} for the exact phone rule.
     */
    List<Customer> search(CustomerMatch match, Set<Long> ownerIds, int limit);
}
