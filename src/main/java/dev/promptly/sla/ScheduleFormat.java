package dev.promptly.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.JsonText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes schedules as JSON (see docs/schedules.md), refusing anything malformed with a message that
 * names the problem and where it is, such as {@code hours.mon[1]: '25:00' is not a time HH:MM}.
 */
public final class ScheduleFormat {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)");
    private static final List<String> KEYS = List.of("zone", "hours", "holidays", "holiday_calendar", "exceptions");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private ScheduleFormat() {
    }

    /** A schedule given by the user: every part is checked, its holiday calendar too. */
    public static Schedule parse(String json) {
        return parse(json, true);
    }

    /**
     * A schedule as the store keeps it, checked when it was saved: its holiday calendar is read only when first
     * needed.
     */
    public static Schedule parseStored(String json) {
        return parse(json, false);
    }

    private static Schedule parse(String json, boolean check) {
        JsonNode root;
        try {
            root = JsonText.read(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("a schedule is a JSON object with the keys " + String.join(", ", KEYS));
        }
        checkKeys(root, KEYS, "");
        ZoneId zone = zone(root.get("zone"));
        Map<DayOfWeek, List<OpenHours>> weekly = weekly(root.get("hours"));
        Set<LocalDate> holidays = holidays(root.get("holidays"));
        PublicHolidays calendar = calendar(root.get("holiday_calendar"), check);
        Map<LocalDate, List<OpenHours>> exceptions = exceptions(root.get("exceptions"));
        return new Schedule(zone, weekly, holidays, calendar, exceptions);
    }

    private static void checkKeys(JsonNode object, List<String> allowed, String where) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidInputException(where + "unknown key '" + name + "' (expected one of "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    private static ZoneId zone(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new InvalidInputException("zone: required, a time zone such as \"Europe/Berlin\"");
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone: '" + node.asText() + "' is not a time zone");
        }
    }

    private static Map<DayOfWeek, List<OpenHours>> weekly(JsonNode node) {
        Map<DayOfWeek, List<OpenHours>> weekly = new EnumMap<>(DayOfWeek.class);
        if (node == null) {
            return weekly;
        }
        requireObject(node, "hours");
        checkKeys(node, DAYS, "hours: ");
        node.fields().forEachRemaining(day -> weekly.put(DayOfWeek.of(DAYS.indexOf(day.getKey()) + 1),
                intervals(day.getValue(), "hours." + day.getKey())));
        for (int d = 0; d < DAYS.size(); d++) {
            DayOfWeek day = DayOfWeek.of(d + 1);
            checkSpillover(weekly.getOrDefault(day, List.of()), weekly.getOrDefault(day.plus(1), List.of()),
                    "hours." + DAYS.get(d), "hours." + DAYS.get((d + 1) % 7));
        }
        return weekly;
    }

    /** An overnight interval must end before the next day's first interval opens. */
    private static void checkSpillover(List<OpenHours> day, List<OpenHours> next, String where, String nextWhere) {
        int spill = day.stream().filter(OpenHours::isOvernight).mapToInt(OpenHours::closeMinute).max().orElse(0);
        int firstOpen = next.stream().mapToInt(OpenHours::openMinute).min().orElse(Integer.MAX_VALUE);
        if (spill > firstOpen) {
            throw new InvalidInputException(where + ": the overnight interval runs until " + OpenHours.text(spill)
                    + ", past the opening of " + nextWhere + " at " + OpenHours.text(firstOpen));
        }
    }

    private static List<OpenHours> intervals(JsonNode node, String where) {
        if (node == null || !node.isArray()) {
            throw new InvalidInputException(where + ": expected a list of [\"HH:MM\", \"HH:MM\"] intervals");
        }
        List<OpenHours> result = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = where + "[" + i + "]";
            JsonNode pair = node.get(i);
            if (!pair.isArray() || pair.size() != 2) {
                throw new InvalidInputException(at + ": expected [\"HH:MM\", \"HH:MM\"], an opening and a closing time");
            }
            int open = minute(pair.get(0), at);
            int close = minute(pair.get(1), at);
            if (open == OpenHours.MINUTES_PER_DAY) {
                throw new InvalidInputException(at + ": a day cannot open at 24:00");
            }
            result.add(new OpenHours(open, close));
        }
        result.sort((a, b) -> Integer.compare(a.openMinute(), b.openMinute()));
        for (int i = 1; i < result.size(); i++) {
            OpenHours before = result.get(i - 1);
            OpenHours after = result.get(i);
            if (after.openMinute() < before.closeMinuteFromStartDay()) {
                throw new InvalidInputException(where + ": " + before + " and " + after + " overlap");
            }
        }
        return result;
    }

    private static int minute(JsonNode value, String where) {
        Matcher time = TIME.matcher(value.isTextual() ? value.asText() : "");
        if (!time.matches() || (time.group(1).equals("24") && !time.group(2).equals("00"))) {
            throw new InvalidInputException(where + ": '" + value.asText() + "' is not a time HH:MM (00:00 to 24:00)");
        }
        return Integer.parseInt(time.group(1)) * 60 + Integer.parseInt(time.group(2));
    }

    private static Set<LocalDate> holidays(JsonNode node) {
        Set<LocalDate> dates = new HashSet<>();
        if (node == null) {
            return dates;
        }
        if (!node.isArray()) {
            throw new InvalidInputException("holidays: expected a list of dates YYYY-MM-DD");
        }
        for (int i = 0; i < node.size(); i++) {
            dates.add(date(node.get(i).asText(), "holidays[" + i + "]"));
        }
        return dates;
    }

    private static PublicHolidays calendar(JsonNode node, boolean check) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return check ? PublicHolidays.of(node.asText()) : PublicHolidays.known(node.asText());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("holiday_calendar: " + e.getMessage());
        }
    }

    private static Map<LocalDate, List<OpenHours>> exceptions(JsonNode node) {
        Map<LocalDate, List<OpenHours>> exceptions = new LinkedHashMap<>();
        if (node == null) {
            return exceptions;
        }
        requireObject(node, "exceptions");
        node.fields().forEachRemaining(entry -> exceptions.put(date(entry.getKey(), "exceptions"),
                intervals(entry.getValue(), "exceptions." + entry.getKey())));
        return exceptions;
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(where + ": '" + text + "' is not a date YYYY-MM-DD");
        }
    }

    private static void requireObject(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new InvalidInputException(where + ": expected an object");
        }
    }

    /** The schedule as JSON in the same format, with days, dates and intervals in order. */
    public static String write(Schedule schedule) {
        ObjectNode root = NODES.objectNode();
        root.put("zone", schedule.zone().getId());
        ObjectNode hours = root.putObject("hours");
        for (int d = 0; d < DAYS.size(); d++) {
            List<OpenHours> day = schedule.weekly().get(DayOfWeek.of(d + 1));
            if (day != null) {
                writeIntervals(hours.putArray(DAYS.get(d)), day);
            }
        }
        ArrayNode holidays = root.putArray("holidays");
        schedule.holidays().stream().sorted().forEach(date -> holidays.add(date.toString()));
        if (schedule.holidayCalendar() != null) {
            root.put("holiday_calendar", schedule.holidayCalendar());
        }
        ObjectNode exceptions = root.putObject("exceptions");
        schedule.exceptions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> writeIntervals(exceptions.putArray(e.getKey().toString()), e.getValue()));
        return root.toString();
    }

    private static void writeIntervals(ArrayNode array, List<OpenHours> intervals) {
        for (OpenHours open : intervals) {
            array.addArray().add(OpenHours.text(open.openMinute())).add(OpenHours.text(open.closeMinute()));
        }
    }
}
