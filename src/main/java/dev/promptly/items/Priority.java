package dev.promptly.items;

import dev.promptly.common.Labeled;

/** Whose work it is, in the order it is done: the customer's first, the company's second, one's own last. */
public enum Priority implements Labeled {
    CUSTOMER("customer"),
    COMPANY("company"),
    SELF("self");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
