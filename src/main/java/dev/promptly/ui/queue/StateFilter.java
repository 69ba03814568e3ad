package dev.promptly.ui.queue;

import dev.promptly.sla.ItemState;

/** Which rows the queue shows, by state. */
public enum StateFilter {
    OPEN("Open"),
    OVERDUE("Overdue"),
    DUE_SOON("Due soon"),
    INFORMED("Customer told"),
    PENDING("Pending"),
    DONE_TODAY("Done today"),
    ALL("Open and done today");

    private final String text;

    StateFilter(String text) {
        this.text = text;
    }

    boolean accepts(ItemState state) {
        return switch (this) {
            case OPEN -> state.isOpen();
            case OVERDUE -> state == ItemState.OVERDUE;
            case DUE_SOON -> state == ItemState.DUE_SOON;
            case INFORMED -> state == ItemState.INFORMED;
            case PENDING -> state == ItemState.PENDING;
            case DONE_TODAY -> !state.isOpen();
            case ALL -> true;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
