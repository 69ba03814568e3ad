package dev.promptly.sla;

import java.time.Duration;
import java.time.Instant;

/** A way of counting response time: every hour, or only a schedule's open hours. */
public interface WorkingTime {

    /** The instant at which {@code amount} of counted time has elapsed since {@code from}. */
    Instant add(Instant from, Duration amount);

    /** The counted time between two instants; zero when {@code to} is not after {@code from}. */
    Duration elapsed(Instant from, Instant to);

    /** {@code at} itself when counted time is running then, otherwise the next instant it starts running. */
    Instant nextOpen(Instant at);

    /**
     * The earliest instant from which at most {@code window} of counted time remains before {@code due}: an item is
     * due soon from then on. For every {@code t} not after {@code due}, {@code elapsed(t, due) <= window} exactly
     * when {@code t} is not before the result.
     */
    Instant dueSoonFrom(Instant due, Duration window);
}
