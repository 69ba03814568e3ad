package dev.promptly.items;

import dev.promptly.common.InvalidInputException;
import java.time.Instant;

/**
 * The times Promptly accepts for what happens to items. Nothing is recorded ahead of time: an item received, or an
 * action taken, after now would stay invisible until then and change past listings when it appears; the importers
 * refuse such rows in the same way, with no tolerance for clock skew (now is the injected clock's). And no time lies
 * outside 2000 to 2099: a year 0001 or 2099 is a typing mistake, not a customer's call.
 */
public final class TimeBounds {

    /** The first instant accepted: items older than Promptly's kind of help desk are mistakes. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** The first instant no longer accepted, for times in the future such as due times. */
    public static final Instant END = Instant.parse("2100-01-01T00:00:00Z");

    private TimeBounds() {
    }

    /** Refuses {@code at} (a time that has happened, named {@code what}) when it is after {@code now}. */
    public static void requireHappened(Instant at, Instant now, String what) {
        if (at.isAfter(now)) {
            throw new InvalidInputException(what + " " + at + " is in the future (it is " + now
                    + " now); record things when they have happened");
        }
    }

    /** Refuses {@code at} (named {@code what}) outside the years 2000 to 2099. */
    public static void requireWithinYears(Instant at, String what) {
        if (at.isBefore(EARLIEST) || !at.isBefore(END)) {
            throw new InvalidInputException(what + " " + at + " is not between the years 2000 and 2099");
        }
    }
}
