package dev.promptly.sla;

import dev.promptly.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;

/**
 * A team's response rule: how long an item may wait for an answer, and how early it counts as due soon.
 * Both durations are counted on calendar time.
 */
public record ResponsePolicy(Duration target, Duration dueSoon) {

    public static final Duration DEFAULT_TARGET = Duration.ofHours(24);
    public static final Duration DEFAULT_DUE_SOON = Duration.ofHours(4);

    public ResponsePolicy {
        if (target == null || target.isNegative() || target.isZero()) {
            throw new InvalidInputException("the response target must be a positive duration, e.g. PT24H");
        }
        if (dueSoon == null || dueSoon.isNegative()) {
            throw new InvalidInputException("the due-soon window must not be negative, e.g. PT4H");
        }
    }

    public static ResponsePolicy standard() {
        return new ResponsePolicy(DEFAULT_TARGET, DEFAULT_DUE_SOON);
    }

    /** When an item received at {@code receivedAt} must be answered. */
    public Instant dueAt(Instant receivedAt) {
        return receivedAt.plus(target);
    }

    /** True when {@code at} falls inside the due-soon window before {@code dueAt} (not past it). */
    public boolean isDueSoon(Instant at, Instant dueAt) {
        return !at.isAfter(dueAt) && !at.plus(dueSoon).isBefore(dueAt);
    }
}
