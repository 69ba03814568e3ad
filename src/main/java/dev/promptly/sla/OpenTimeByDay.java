package dev.promptly.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Which days' hours counted toward a due time, for explaining it to a person. */
public final class OpenTimeByDay {

    /** Counted time on one local date of the policy's zone. */
    public record Day(LocalDate date, Duration counted) {
    }

    private OpenTimeByDay() {
    }

    /** The counted time between two instants, split by local date in {@code zone}; days with none are left out. */
    public static List<Day> between(WorkingTime time, Instant from, Instant to, ZoneId zone) {
        List<Day> days = new ArrayList<>();
        LocalDate date = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !date.isAfter(last); date = date.plusDays(1)) {
            Instant dayStart = date.atStartOfDay(zone).toInstant();
            Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
            Instant start = from.isAfter(dayStart) ? from : dayStart;
            Instant end = to.isBefore(dayEnd) ? to : dayEnd;
            Duration counted = time.elapsed(start, end);
            if (!counted.isZero()) {
                days.add(new Day(date, counted));
            }
        }
        return days;
    }
}
