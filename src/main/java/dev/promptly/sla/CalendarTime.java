package dev.promptly.sla;

import java.time.Duration;
import java.time.Instant;

/** Calendar time: every hour counts. */
public enum CalendarTime implements WorkingTime {
    INSTANCE;

    @Override
    public Instant add(Instant from, Duration amount) {
        return from.plus(amount);
    }

    @Override
    public Duration elapsed(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    @Override
    public Instant nextOpen(Instant at) {
        return at;
    }

    @Override
    public Instant dueSoonFrom(Instant due, Duration window) {
        return due.minus(window);
    }
}
