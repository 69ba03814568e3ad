package dev.promptly.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO week in a team's time zone: Monday 00:00 up to the next Monday 00:00. */
public record Week(LocalDate monday, ZoneId zone) {

    public static Week containing(Instant instant, ZoneId zone) {
        return new Week(instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                zone);
    }

    public Instant start() {
        return monday.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    public Week previous() {
        return new Week(monday.minusWeeks(1), zone);
    }

    /** "2026-W48". */
    public String label() {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
