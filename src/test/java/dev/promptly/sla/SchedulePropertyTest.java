package dev.promptly.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws any correct business-time engine obeys, over a split-day Berlin schedule with holidays and DST. */
class SchedulePropertyTest {

    private static final Schedule SCHEDULE = ScheduleFormat.parse("""
            {"zone":"Europe/Berlin","holiday_calendar":"DE-BY","holidays":["2026-06-12"],
             "hours":{"mon":[["08:00","12:00"],["13:00","17:00"]],"tue":[["08:00","12:00"],["13:00","17:00"]],
                      "wed":[["08:00","12:00"],["13:00","17:00"]],"thu":[["08:00","12:00"],["13:00","17:00"]],
                      "fri":[["08:00","15:00"]],"sat":[["22:00","04:00"]]},
             "exceptions":{"2026-12-24":[["09:00","12:00"]],"2026-12-31":[]}}""");
    private static final Instant START = Instant.parse("2025-12-01T00:00:00Z");

    @Property
    void elapsedUndoesAddFromAnOpenInstant(@ForAll("instants") Instant from, @ForAll("durations") Duration amount) {
        Instant open = SCHEDULE.nextOpen(from);
        assertThat(SCHEDULE.elapsed(open, SCHEDULE.add(open, amount))).isEqualTo(amount);
    }

    @Property
    void addIsMonotonicInTheStart(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
                                  @ForAll("durations") Duration amount) {
        Instant early = a.isBefore(b) ? a : b;
        Instant late = a.isBefore(b) ? b : a;
        assertThat(SCHEDULE.add(early, amount)).isBeforeOrEqualTo(SCHEDULE.add(late, amount));
    }

    @Property
    void addIsMonotonicInTheDuration(@ForAll("instants") Instant from, @ForAll("durations") Duration a,
                                     @ForAll("durations") Duration b) {
        Duration less = a.compareTo(b) < 0 ? a : b;
        Duration more = a.compareTo(b) < 0 ? b : a;
        assertThat(SCHEDULE.add(from, less)).isBeforeOrEqualTo(SCHEDULE.add(from, more));
    }

    @Property
    void businessTimeNeverExceedsCalendarTime(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        assertThat(SCHEDULE.elapsed(a, b)).isLessThanOrEqualTo(CalendarTime.INSTANCE.elapsed(a, b));
    }

    @Property
    void elapsedAddsUpOverConsecutiveSpans(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
                                           @ForAll("instants") Instant c) {
        Instant[] sorted = java.util.stream.Stream.of(a, b, c).sorted().toArray(Instant[]::new);
        assertThat(SCHEDULE.elapsed(sorted[0], sorted[1]).plus(SCHEDULE.elapsed(sorted[1], sorted[2])))
                .isEqualTo(SCHEDULE.elapsed(sorted[0], sorted[2]));
    }

    @Property
    void addFromAClosedInstantStartsAtTheNextOpening(@ForAll("instants") Instant from,
                                                     @ForAll("durations") Duration amount) {
        assertThat(SCHEDULE.add(from, amount)).isEqualTo(SCHEDULE.add(SCHEDULE.nextOpen(from), amount));
    }

    @Property
    void dueSoonStartsExactlyWhereTheWindowOfOpenTimeRemains(@ForAll("instants") Instant t,
                                                            @ForAll("instants") Instant received,
                                                            @ForAll("durations") Duration target,
                                                            @ForAll("durations") Duration window) {
        Instant due = SCHEDULE.add(received, target);
        Instant from = SCHEDULE.dueSoonFrom(due, window);
        if (!t.isAfter(due)) {
            boolean soon = SCHEDULE.elapsed(t, due).compareTo(window) <= 0;
            assertThat(soon).as("t=%s due=%s window=%s from=%s", t, due, window, from).isEqualTo(!t.isBefore(from));
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, Duration.ofDays(400).toSeconds()).map(START::plusSeconds);
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, Duration.ofHours(200).toSeconds()).map(Duration::ofSeconds);
    }
}
