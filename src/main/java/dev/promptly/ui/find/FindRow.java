package dev.promptly.ui.find;

import dev.promptly.items.ItemView;

/**
 * One line of the find-a-customer results: a customer, or one of their items under them.
 *
 * @param item the item, or null for a customer's line and for "no open items"
 */
public record FindRow(Kind kind, String text, ItemView item) {

    /** What a line is, for its look. */
    public enum Kind { CUSTOMER, OPEN, DONE, NOTE }

    @Override
    public String toString() {
        return text;
    }
}
