package dev.promptly.reports;

import dev.promptly.common.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week in a team's time zone: Monday 00:00 up to the next Monday 00:00. */
public record Week(LocalDate monday, ZoneId zone) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static Week containing(Instant instant, ZoneId zone) {
        return new Week(instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                zone);
    }

    /** The week labelled like "2026-W47" (ISO week-based year and week number) in {@code zone}. */
    public static Week parse(String label, ZoneId zone) {
        Matcher m = LABEL.matcher(label.strip());
        if (!m.matches()) {
            throw new InvalidInputException("'" + label + "' is not an ISO week; write it like 2026-W47");
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        LocalDate midYear = LocalDate.of(year, 6, 1);
        if (number < 1 || number > midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new InvalidInputException("'" + label + "': " + year + " has no week " + number);
        }
        LocalDate monday = midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Week(monday, zone);
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
