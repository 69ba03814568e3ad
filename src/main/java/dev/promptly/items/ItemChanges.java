package dev.promptly.items;

import java.time.Instant;

/**
 * What a person asks to change on an item: each value null to leave it as it is, or the new value ("" or blank to
 * empty an optional one). Only fields that then differ from what is stored become {@code edited} events.
 *
 * @param due the new due time of a commitment or follow-up
 */
public record ItemChanges(String subject, Instant due, String customerName, String phone, String email,
                          String company) {

    public static final ItemChanges NONE = new ItemChanges(null, null, null, null, null, null);

    public ItemChanges withSubject(String value) {
        return new ItemChanges(value, due, customerName, phone, email, company);
    }

    public ItemChanges withDue(Instant value) {
        return new ItemChanges(subject, value, customerName, phone, email, company);
    }

    public ItemChanges withCustomerName(String value) {
        return new ItemChanges(subject, due, value, phone, email, company);
    }

    public ItemChanges withPhone(String value) {
        return new ItemChanges(subject, due, customerName, value, email, company);
    }

    public ItemChanges withEmail(String value) {
        return new ItemChanges(subject, due, customerName, phone, value, company);
    }

    public ItemChanges withCompany(String value) {
        return new ItemChanges(subject, due, customerName, phone, email, value);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
