package dev.promptly.sla;

import dev.promptly.common.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A team's open hours: weekly intervals in a time zone, closed on holidays (listed dates and a public-holiday
 * calendar), with date exceptions that replace a date's hours. Counts business time between instants.
 *
 * <p>Each day's intervals are turned into instants once, in the schedule's zone (a local time that does not exist
 * or exists twice is resolved as {@link ZonedDateTime#of} does), and cached; adding and measuring then walk whole
 * intervals, so their cost grows with the days spanned, not the minutes.
 */
public final class Schedule implements WorkingTime {

    /** How far ahead {@link #add} looks for open hours before it gives up on a schedule that never opens. */
    static final int MAX_DAYS_SCANNED = 366 * 5;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int CACHE_LIMIT = 100_000;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Map<DayOfWeek, List<OpenHours>> weekly;
    private final Set<LocalDate> holidays;
    private final PublicHolidays publicHolidays;
    private final Map<LocalDate, List<OpenHours>> exceptions;
    private final Map<Long, long[]> openRangesByDay = new ConcurrentHashMap<>();

    /** @param publicHolidays a holiday calendar, or null for none */
    public Schedule(ZoneId zone, Map<DayOfWeek, List<OpenHours>> weekly, Set<LocalDate> holidays,
                    PublicHolidays publicHolidays, Map<LocalDate, List<OpenHours>> exceptions) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.weekly = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, hours) -> this.weekly.put(day, sorted(hours)));
        this.holidays = Set.copyOf(holidays);
        this.publicHolidays = publicHolidays;
        this.exceptions = new TreeMap<>();
        exceptions.forEach((date, hours) -> this.exceptions.put(date, sorted(hours)));
    }

    private static List<OpenHours> sorted(List<OpenHours> hours) {
        return hours.stream().sorted((a, b) -> Integer.compare(a.openMinute(), b.openMinute())).toList();
    }

    public ZoneId zone() {
        return zone;
    }

    public Map<DayOfWeek, List<OpenHours>> weekly() {
        return Map.copyOf(weekly);
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** The public-holiday calendar's code, such as {@code DE-BY}, or null. */
    public String holidayCalendar() {
        return publicHolidays == null ? null : publicHolidays.code();
    }

    public Map<LocalDate, List<OpenHours>> exceptions() {
        return Map.copyOf(exceptions);
    }

    /** The intervals that start on {@code date}: its exception if it has one, none on a holiday, else its weekday's. */
    public List<OpenHours> hoursOn(LocalDate date) {
        List<OpenHours> exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        if (holidays.contains(date) || (publicHolidays != null && publicHolidays.contains(date))) {
            return List.of();
        }
        return weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    @Override
    public Instant add(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot add a negative duration: " + amount);
        }
        long position = nanos(from);
        long remaining = amount.toNanos();
        long day = localEpochDay(from) - 2; // an overnight interval of an earlier day may still be running
        for (int scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day++) {
            long[] ranges = openRanges(day);
            for (int i = 0; i < ranges.length; i += 2) {
                long end = ranges[i + 1];
                if (end <= position) {
                    continue;
                }
                long start = Math.max(ranges[i], position);
                if (remaining <= end - start) {
                    return instant(start + remaining);
                }
                remaining -= end - start;
                position = end;
            }
        }
        throw new InvalidInputException("the schedule has no open hours within " + MAX_DAYS_SCANNED / 366
                + " years after " + from);
    }

    @Override
    public Duration elapsed(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long position = nanos(from);
        long until = nanos(to);
        long total = 0;
        for (long day = localEpochDay(from) - 2, last = localEpochDay(to); day <= last; day++) {
            long[] ranges = openRanges(day);
            for (int i = 0; i < ranges.length; i += 2) {
                long start = Math.max(ranges[i], position);
                long end = Math.min(ranges[i + 1], until);
                if (end > start) {
                    total += end - start;
                    position = end;
                }
            }
        }
        return Duration.ofNanos(total);
    }

    @Override
    public Instant nextOpen(Instant at) {
        return add(at, Duration.ZERO);
    }

    /**
     * Walks back from {@code due} through open intervals until {@code window} of open time is used up. When it is
     * used up exactly at an opening, the closed time before that opening also leaves only {@code window}, so the
     * answer is the end of the open interval before it.
     */
    @Override
    public Instant dueSoonFrom(Instant due, Duration window) {
        long position = nanos(due);
        long remaining = window.toNanos();
        long day = localEpochDay(due);
        for (int scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day--) {
            long[] ranges = openRanges(day);
            for (int i = ranges.length - 2; i >= 0; i -= 2) {
                long start = ranges[i];
                long end = Math.min(ranges[i + 1], position);
                if (end <= start) {
                    continue;
                }
                if (remaining < end - start) {
                    return instant(end - remaining);
                }
                remaining -= end - start;
                position = start;
            }
        }
        return instant(position);
    }

    /** The open intervals starting on a local day, as pairs of epoch nanoseconds [open, close). */
    private long[] openRanges(long epochDay) {
        long[] cached = openRangesByDay.get(epochDay);
        if (cached != null) {
            return cached;
        }
        if (openRangesByDay.size() > CACHE_LIMIT) {
            openRangesByDay.clear();
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        List<OpenHours> hours = hoursOn(date);
        long[] ranges = new long[hours.size() * 2];
        int n = 0;
        for (OpenHours open : hours) {
            long start = nanos(ZonedDateTime.of(open.openOn(date), zone).toInstant());
            long end = nanos(ZonedDateTime.of(open.closeOn(date), zone).toInstant());
            if (end > start) {
                ranges[n++] = start;
                ranges[n++] = end;
            }
        }
        long[] result = n == ranges.length ? ranges : java.util.Arrays.copyOf(ranges, n);
        openRangesByDay.put(epochDay, result);
        return result;
    }

    private long localEpochDay(Instant instant) {
        long localSeconds = instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
        return Math.floorDiv(localSeconds, 86_400L);
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }
}
