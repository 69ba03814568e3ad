package dev.promptly.sla;

import java.util.Arrays;

/** Where an item stands against its due time at one instant. */
public enum ItemState {
    PENDING("pending"),
    DUE_SOON("due-soon"),
    OVERDUE("overdue"),
    /** The customer was told before the due time that the answer will take longer; due at the promised time. */
    INFORMED("informed"),
    DONE_ON_TIME("done-on-time"),
    DONE_LATE("done-late");

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != DONE_ON_TIME && this != DONE_LATE;
    }

    public static ItemState fromLabel(String label) {
        return Arrays.stream(values())
                .filter(s -> s.label.equalsIgnoreCase(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown state: " + label));
    }
}
