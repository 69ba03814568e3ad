package dev.promptly.sla;

import dev.promptly.common.Labeled;

/** How a team's response target is counted. */
public enum ClockKind implements Labeled {
    /** Every hour counts, night and weekend included. */
    CALENDAR("calendar"),
    /** Only the open hours of the team's schedule count. */
    BUSINESS("business");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
