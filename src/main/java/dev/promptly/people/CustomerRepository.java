package dev.promptly.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface CustomerRepository {

    Customer add(Customer customer);

    /** The oldest customer with this name, ignoring case. */
    Optional<Customer> findByName(String name);

    Map<Long, Customer> findByIds(Collection<Long> ids);

    List<Customer> list();

    /** Stores {@code customer}'s name and contact details (company, phone, email) over those stored under its id. */
    void update(Customer customer);
}
