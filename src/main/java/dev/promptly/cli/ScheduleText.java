package dev.promptly.cli;

import dev.promptly.sla.OpenHours;
import dev.promptly.sla.Schedule;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A schedule as lines a person reads: one per weekday, then holidays and exceptions. */
final class ScheduleText {

    private ScheduleText() {
    }

    static List<String> lines(Schedule schedule) {
        List<String> lines = new ArrayList<>();
        lines.add("zone " + schedule.zone().getId());
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpenHours> hours = schedule.weekly().getOrDefault(day, List.of());
            lines.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + hours(hours));
        }
        if (!schedule.holidays().isEmpty()) {
            lines.add("holidays " + schedule.holidays().stream().sorted().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (schedule.holidayCalendar() != null) {
            lines.add("public holidays of " + schedule.holidayCalendar());
        }
        schedule.exceptions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> lines.add(e.getKey() + " " + hours(e.getValue())));
        return lines;
    }

    private static String hours(List<OpenHours> hours) {
        return hours.isEmpty() ? "closed" : hours.stream().map(OpenHours::toString).collect(Collectors.joining(", "));
    }
}
