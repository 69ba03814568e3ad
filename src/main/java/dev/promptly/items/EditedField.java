package dev.promptly.items;

import dev.promptly.common.Labeled;

/**
 * What an {@code edited} event changed: the item's own subject or due time, or a contact detail of its customer.
 * The customer's details belong to the customer, so an edit of them shows on every item of that customer; the event
 * that records it is on the item it was made from.
 */
public enum EditedField implements Labeled {
    SUBJECT("subject", "Subject"),
    DUE("due", "Due time"),
    CUSTOMER_NAME("customer-name", "Customer name"),
    PHONE("phone", "Phone"),
    EMAIL("email", "Email"),
    COMPANY("company", "Company");

    private final String label;
    private final String words;

    EditedField(String label, String words) {
        this.label = label;
        this.words = words;
    }

    @Override
    public String label() {
        return label;
    }

    /** The field's name in a sentence's first word: "Subject changed from …". */
    public String words() {
        return words;
    }

    /** True for the contact details, which are the customer's rather than the item's. */
    public boolean isCustomers() {
        return this == CUSTOMER_NAME || this == PHONE || this == EMAIL || this == COMPANY;
    }
}
