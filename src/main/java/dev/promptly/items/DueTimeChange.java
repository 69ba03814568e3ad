package dev.promptly.items;

import java.time.Duration;
import java.time.Instant;

/** An open item whose due time a policy recalculation moved. */
public record DueTimeChange(ItemView item, Instant from, Instant to) {

    /** How far the due time moved: positive when it is now later. */
    public Duration moved() {
        return Duration.between(from, to);
    }
}
