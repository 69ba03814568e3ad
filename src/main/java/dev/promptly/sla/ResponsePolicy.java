package dev.promptly.sla;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Lazy;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A team's response rule: how long an item may wait for an answer ({@code target}), how early it counts as due
 * soon ({@code dueSoon}), and which clock both are counted on: every hour, or only the open hours of
 * {@code schedule}.
 *
 * <p>A value, like a record. Its schedule may be given as stored text that is read when first used
 * ({@link #withStoredSchedule}): a listing of teams, or a queue under a calendar clock, never needs it, and reading
 * one loaded the JSON parser into every command.
 */
public final class ResponsePolicy {

    public static final Duration DEFAULT_TARGET = Duration.ofHours(24);
    public static final Duration DEFAULT_DUE_SOON = Duration.ofHours(4);

    private final ClockKind clock;
    private final Duration target;
    private final Duration dueSoon;
    private final Supplier<Schedule> schedule;

    /** @param schedule the team's open hours; required for the business clock, kept but unused on the calendar clock */
    public ResponsePolicy(ClockKind clock, Duration target, Duration dueSoon, Schedule schedule) {
        this(clock, target, dueSoon, schedule == null ? null : () -> schedule);
    }

    private ResponsePolicy(ClockKind clock, Duration target, Duration dueSoon, Supplier<Schedule> schedule) {
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
        this.clock = clock;
        this.target = target;
        this.dueSoon = dueSoon;
        this.schedule = schedule;
    }

    /** A calendar-clock policy. */
    public ResponsePolicy(Duration target, Duration dueSoon) {
        this(ClockKind.CALENDAR, target, dueSoon, (Supplier<Schedule>) null);
    }

    /** A policy whose schedule, if it has one, is read from {@code storedSchedule} when first used. */
    public static ResponsePolicy withStoredSchedule(ClockKind clock, Duration target, Duration dueSoon,
                                                    Supplier<Schedule> storedSchedule) {
        return new ResponsePolicy(clock, target, dueSoon, storedSchedule == null ? null : Lazy.of(storedSchedule));
    }

    public static ResponsePolicy standard() {
        return new ResponsePolicy(DEFAULT_TARGET, DEFAULT_DUE_SOON);
    }

    public ClockKind clock() {
        return clock;
    }

    public Duration target() {
        return target;
    }

    public Duration dueSoon() {
        return dueSoon;
    }

    /** The team's open hours, or null when it has none. */
    public Schedule schedule() {
        return schedule == null ? null : schedule.get();
    }

    /** The time this policy counts: calendar time, or the schedule's open hours. */
    public WorkingTime workingTime() {
        return clock == ClockKind.BUSINESS ? schedule() : CalendarTime.INSTANCE;
    }

    /** When an item received at {@code receivedAt} must be answered. */
    public Instant dueAt(Instant receivedAt) {
        return workingTime().add(receivedAt, target);
    }

    /** From when an item due at {@code dueAt} counts as due soon: the due-soon window before it, on this clock. */
    public Instant dueSoonAt(Instant dueAt) {
        return workingTime().dueSoonFrom(dueAt, dueSoon);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponsePolicy that && clock == that.clock && target.equals(that.target)
                && dueSoon.equals(that.dueSoon) && Objects.equals(schedule(), that.schedule());
    }

    @Override
    public int hashCode() {
        return Objects.hash(clock, target, dueSoon);
    }

    @Override
    public String toString() {
        return "ResponsePolicy[clock=" + clock + ", target=" + target + ", dueSoon=" + dueSoon + ", schedule="
                + schedule() + "]";
    }
}
