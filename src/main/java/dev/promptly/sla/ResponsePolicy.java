package dev.promptly.sla;

import dev.promptly.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A team's response rule: how long an item may wait for an answer ({@code target}), how early it counts as due
 * soon ({@code dueSoon}), and which clock both are counted on: every hour, or only the open hours of
 * {@code schedule}.
 *
 * @param schedule the team's open hours; required for the business clock, kept but unused on the calendar clock
 */
public record ResponsePolicy(ClockKind clock, Duration target, Duration dueSoon, Schedule schedule) {

    public static final Duration DEFAULT_TARGET = Duration.ofHours(24);
    public static final Duration DEFAULT_DUE_SOON = Duration.ofHours(4);

    public ResponsePolicy {
        Objects.requireNonNull(clock, "clock");
        if (target == null || target.isNegative() || target.isZero()) {
            throw new InvalidInputException("the response target must be a positive duration, e.g. PT24H");
        }
        if (dueSoon == null || dueSoon.isNegative()) {
            throw new InvalidInputException("the due-soon window must not be negative, e.g. PT4H");
        }
        if (clock == ClockKind.BUSINESS && schedule == null) {
            throw new InvalidInputException("the business clock needs a schedule of open hours");
        }
    }

    /** A calendar-clock policy. */
    public ResponsePolicy(Duration target, Duration dueSoon) {
        this(ClockKind.CALENDAR, target, dueSoon, null);
    }

    public static ResponsePolicy standard() {
        return new ResponsePolicy(DEFAULT_TARGET, DEFAULT_DUE_SOON);
    }

    /** The time this policy counts: calendar time, or the schedule's open hours. */
    public WorkingTime workingTime() {
        return clock == ClockKind.BUSINESS ? schedule : CalendarTime.INSTANCE;
    }

    /** When an item received at {@code receivedAt} must be answered. */
    public Instant dueAt(Instant receivedAt) {
        return workingTime().add(receivedAt, target);
    }

    /** From when an item due at {@code dueAt} counts as due soon: the due-soon window before it, on this clock. */
    public Instant dueSoonAt(Instant dueAt) {
        return workingTime().dueSoonFrom(dueAt, dueSoon);
    }
}
