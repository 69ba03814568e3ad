package dev.promptly.demo;

import dev.promptly.common.InvalidInputException;
import java.time.Instant;
import java.util.Objects;

/**
 * How much demo data to make, and the instant it ends at; the same spec always makes the same data.
 *
 * @param repsPerTeam reps in each team, the first of whom leads it
 * @param weeks       how many weeks of history end at {@code until}
 */
public record DemoSpec(int teams, int repsPerTeam, int weeks, int items, long seed, Instant until) {

    public static final int MAX_TEAMS = 50;

    public DemoSpec {
        if (teams < 1 || teams > MAX_TEAMS) {
            throw new InvalidInputException("--teams must be between 1 and " + MAX_TEAMS);
        }
        if (repsPerTeam < 1 || repsPerTeam > 500) {
            throw new InvalidInputException("--reps must be between 1 and 500");
        }
        if (weeks < 1 || weeks > 520) {
            throw new InvalidInputException("--weeks must be between 1 and 520");
        }
        if (items < 0 || items > 10_000_000) {
            throw new InvalidInputException("--items must be between 0 and 10000000");
        }
        Objects.requireNonNull(until, "until");
    }

    /** A small team's worth: what a newcomer sees after "Load a demo team". */
    public static DemoSpec starter(Instant until) {
        return new DemoSpec(3, 6, 8, 6000, 42, until);
    }
}
