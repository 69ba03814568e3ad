package dev.promptly.people;

import dev.promptly.common.Require;

/**
 * Someone the team answers to.
 *
 * @param hotButtons free text on what matters most to this customer, shown beside every item of theirs
 */
public record Customer(long id, String name, String company, String phone, String email, String hotButtons) {

    public Customer {
        name = Require.text(name, "customer name");
        company = Require.optionalText(company);
        phone = Require.optionalText(phone);
        email = Require.optionalText(email);
        hotButtons = Require.optionalText(hotButtons);
    }

    public static Customer named(String name) {
        return new Customer(0, name, null, null, null, null);
    }

    public Customer withId(long newId) {
        return new Customer(newId, name, company, phone, email, hotButtons);
    }
}
