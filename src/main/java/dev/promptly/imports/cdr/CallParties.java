package dev.promptly.imports.cdr;

import dev.promptly.imports.Phones;
import dev.promptly.people.Customer;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Who is on each end of a call: reps by their extension, customers by their phone (added when new), teams by id. */
final class CallParties {

    private final PeopleService people;
    private final Map<String, Rep> repsByExtension = new HashMap<>();
    private final Map<Long, Team> teams = new HashMap<>();
    private final Map<String, Customer> customersByPhone = new HashMap<>();

    /** Reads the store's reps, teams and customers once, so that each call is matched without a query. */
    CallParties(PeopleService people) {
        this.people = people;
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
    }

    /** The rep who placed the call, from its first leg; null when no rep has that phone. */
    Rep caller(Call call) {
        return repAt(call.first().src(), call.first().channel());
    }

    /** The first rep one of the call's legs rang; null when it rang none. */
    Rep called(Call call) {
        return call.legs().stream().map(leg -> repAt(leg.dst(), leg.dstChannel()))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private Rep rep(String number) {
        return number == null ? null : repsByExtension.get(number.strip().toLowerCase(Locale.ROOT));
    }

    private Rep repAt(String number, String channel) {
        Rep byNumber = rep(number);
        return byNumber != null ? byNumber : rep(Call.extensionOf(channel));
    }

    /** The customer with {@code phone} (normalised; may be null), or a new one of that name and number. */
    Customer customer(String phone, String name, String number) {
        Customer customer = phone == null ? null : customersByPhone.get(phone);
        if (customer == null) {
            customer = people.addCustomer(new Customer(0, name, null, number, null, null));
            if (phone != null) {
                customersByPhone.put(phone, customer);
            }
        }
        return customer;
    }

    Team team(long id) {
        return teams.get(id);
    }
}
