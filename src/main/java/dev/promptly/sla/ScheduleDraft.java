package dev.promptly.sla;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.LocalDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule as a form edits it: per weekday open or closed with its intervals as typed, the listed holidays, the
 * public-holiday calendar and the dates with hours of their own. {@link #build()} checks it with the same rules and
 * messages as a schedule file ({@link ScheduleFormat}), naming the weekday or the date (the user's way) instead of
 * the JSON key, and gives the schedule the command line would store for the same hours.
 *
 * @param zone            the time zone's IANA name, as typed
 * @param days            every weekday's hours; a missing day is closed
 * @param holidays        dates closed all day
 * @param holidayCalendar a public-holiday calendar such as {@code DE-BY}, or blank for none
 * @param exceptions      dates with hours of their own, replacing their weekday's: open in their intervals, or
 *                        closed all day when not open
 * @param dates           how the messages write a date ("24.12.2026" in Germany)
 */
public record ScheduleDraft(String zone, Map<DayOfWeek, Day> days, List<LocalDate> holidays, String holidayCalendar,
                            Map<LocalDate, Day> exceptions, LocalDates dates) {

    /** One interval as typed; {@code nextDay} says that it closes after midnight (an overnight shift). */
    public record Interval(String from, String to, boolean nextDay) {
    }

    /** A weekday or a date: open or closed, and the intervals it is open (ignored when closed). */
    public record Day(boolean open, List<Interval> intervals) {
        public Day {
            intervals = List.copyOf(intervals);
        }
    }

    private static final Pattern DAY_KEY = Pattern.compile("hours\\.(mon|tue|wed|thu|fri|sat|sun)(\\[\\d+])?");
    private static final Pattern DATE_KEY = Pattern.compile("exceptions\\.(\\d{4}-\\d{2}-\\d{2})(\\[\\d+])?");
    /** ISO dates (2026-12-24), for drafts that do not come from a person's form. */
    private static final LocalDates ISO_DATES = new LocalDates(Locale.ROOT);
    private static final List<String> KEYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public ScheduleDraft {
        days = Map.copyOf(days);
        holidays = List.copyOf(new TreeSet<>(holidays));
        exceptions = Map.copyOf(exceptions);
        dates = dates == null ? ISO_DATES : dates;
    }

    /** A draft whose messages write dates as ISO (2026-12-24). */
    public ScheduleDraft(String zone, Map<DayOfWeek, Day> days, List<LocalDate> holidays, String holidayCalendar,
                         Map<LocalDate, Day> exceptions) {
        this(zone, days, holidays, holidayCalendar, exceptions, ISO_DATES);
    }

    /** The draft of a stored schedule; with none, every day closed in {@code zone}. */
    public static ScheduleDraft of(Schedule schedule, ZoneId zone) {
        Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);
        if (schedule == null) {
            return new ScheduleDraft(zone.getId(), days, List.of(), "", Map.of());
        }
        schedule.weekly().forEach((day, hours) -> days.put(day, day(hours)));
        Map<LocalDate, Day> exceptions = new TreeMap<>();
        schedule.exceptions().forEach((date, hours) -> exceptions.put(date, day(hours)));
        return new ScheduleDraft(schedule.zone().getId(), days, new ArrayList<>(schedule.holidays()),
                schedule.holidayCalendar() == null ? "" : schedule.holidayCalendar(), exceptions);
    }

    /** Stored hours as the form shows them: no hours is closed. */
    private static Day day(List<OpenHours> hours) {
        return new Day(!hours.isEmpty(), hours.stream().map(h -> new Interval(OpenHours.text(h.openMinute()),
                OpenHours.text(h.closeMinute()), h.isOvernight())).toList());
    }

    /** The weekday's name as the form shows it: "Tuesday". */
    public static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * The schedule, checked as a schedule file is, its public-holiday calendar included; an
     * {@link InvalidScheduleException} naming the weekday or date and the problem, such as "Tuesday: 08:00 is before
     * 09:00" or "24.12.2026: 09:00-17:00 and 16:00-18:00 overlap".
     */
    public Schedule build() {
        try {
            return ScheduleFormat.parse(json());
        } catch (InvalidScheduleException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw new InvalidScheduleException(inWords(e.getMessage()));
        }
    }

    /** The schedule as JSON in the form of a schedule file (docs/schedules.md), after the form's own checks. */
    String json() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("zone", zone == null ? "" : zone.strip());
        ObjectNode hours = root.putObject("hours");
        for (DayOfWeek day : DayOfWeek.values()) {
            Day typed = days.get(day);
            if (typed == null || !typed.open()) {
                continue;
            }
            intervals(hours.putArray(KEYS.get(day.ordinal())), typed, name(day), "day");
        }
        if (hours.isEmpty()) {
            throw new InvalidScheduleException("No day is open: tick the days the team works and give their hours");
        }
        ArrayNode listed = root.putArray("holidays");
        holidays.forEach(date -> listed.add(date.toString()));
        if (holidayCalendar != null && !holidayCalendar.isBlank()) {
            root.put("holiday_calendar", holidayCalendar.strip().toUpperCase(Locale.ROOT));
        }
        ObjectNode dated = root.putObject("exceptions");
        new TreeMap<>(exceptions).forEach((date, typed) -> {
            ArrayNode intervals = dated.putArray(date.toString());
            if (typed.open()) {
                intervals(intervals, typed, dates.format(date), "date");
            }
        });
        return root.toString();
    }

    /** An open day's or date's intervals as typed, checked as times, into {@code intervals}. */
    private static void intervals(ArrayNode intervals, Day typed, String where, String what) {
        if (typed.intervals().isEmpty()) {
            throw new InvalidScheduleException(where + ": open, but no hours are given; give them, or mark the "
                    + what + " closed");
        }
        for (Interval interval : typed.intervals()) {
            intervals.addArray().add(time(interval.from(), where, false)).add(closing(interval, where));
        }
    }

    /** The closing time; before (or at) the opening only when the interval is marked as closing the next day. */
    private static String closing(Interval interval, String where) {
        String from = time(interval.from(), where, false);
        String to = time(interval.to(), where, true);
        boolean endsLater = to.compareTo(from) > 0;
        if (interval.nextDay() && endsLater) {
            throw new InvalidScheduleException(where + ": " + from + " to " + to + " the next day is longer than "
                    + "a day; an interval closing the next day closes at or before " + from);
        }
        if (!interval.nextDay() && !endsLater) {
            throw new InvalidScheduleException(where + ": " + (to.equals(from) ? from + " to " + to
                    + " closes when it opens" : to + " is before " + from)
                    + "; mark it \"next day\" if it closes after midnight");
        }
        return to;
    }

    /** A time as typed ("9:00", "09.00", "0900", "4 pm"...) in the form HH:MM; 24:00 only as a closing time. */
    private static String time(String typed, String where, boolean closing) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidScheduleException(where + ": " + (closing ? "a closing" : "an opening")
                    + " time is missing, e.g. " + (closing ? "17:00" : "09:00"));
        }
        if (text.matches("24[:.]?00")) {
            if (!closing) {
                throw new InvalidScheduleException(where + ": a day cannot open at 24:00; 00:00 is its start");
            }
            return "24:00";
        }
        Optional<LocalTime> read = LocalDates.parseTime(text);
        if (read.isEmpty()) {
            throw new InvalidScheduleException(where + ": '" + text + "' is not a time HH:MM (00:00 to 24:00)");
        }
        return OpenHours.text(read.get().getHour() * 60 + read.get().getMinute());
    }

    /**
     * The schedule file's message with weekday names and dates for its keys: "hours.tue[0]: ..." reads "Tuesday:
     * ...", "exceptions.2026-12-24: ..." reads "24.12.2026: ..." (in Germany).
     */
    private String inWords(String message) {
        Matcher key = DAY_KEY.matcher(message);
        StringBuilder text = new StringBuilder();
        while (key.find()) {
            key.appendReplacement(text, name(DayOfWeek.of(KEYS.indexOf(key.group(1)) + 1)));
        }
        key.appendTail(text);
        Matcher date = DATE_KEY.matcher(text.toString());
        StringBuilder dated = new StringBuilder();
        while (date.find()) {
            date.appendReplacement(dated, Matcher.quoteReplacement(dates.format(LocalDate.parse(date.group(1)))));
        }
        date.appendTail(dated);
        String words = dated.toString();
        if (words.startsWith("zone: ")) {
            return "Time zone: " + words.substring("zone: ".length());
        }
        if (words.startsWith("holiday_calendar: ")) {
            return "Public holidays: " + words.substring("holiday_calendar: ".length());
        }
        return words;
    }
}
