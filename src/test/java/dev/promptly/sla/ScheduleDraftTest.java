package dev.promptly.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.common.LocalDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The open-hours form's checks: the schedule file's rules, said with the weekday's name or the date's. */
class ScheduleDraftTest {

    /** {@code day} open in the intervals "from-to" or "from-to+" (closes the next day), separated by spaces. */
    private static ScheduleDraft draft(String zone, DayOfWeek day, String intervals, String calendar) {
        List<ScheduleDraft.Interval> typed = new ArrayList<>();
        for (String interval : intervals.split(" ")) {
            boolean nextDay = interval.endsWith("+");
            String[] times = interval.replace("+", "").split("-", -1);
            typed.add(new ScheduleDraft.Interval(times[0], times[1], nextDay));
        }
        return new ScheduleDraft(zone, Map.of(day, new ScheduleDraft.Day(true, typed)), List.of(), calendar, Map.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tuesday  | 18:00-09:00             | Tuesday: 09:00 is before 18:00; mark it "next day" if it closes after midnight
            tuesday  | 09:00-09:00             | Tuesday: 09:00 to 09:00 closes when it opens; mark it "next day" if it closes after midnight
            monday   | 09:00-17:00 16:00-18:00 | Monday: 09:00-17:00 and 16:00-18:00 overlap
            friday   | 9h-17:00                | Friday: '9h' is not a time HH:MM (00:00 to 24:00)
            friday   | 09:00-                  | Friday: a closing time is missing, e.g. 17:00
            friday   | 24:00-08:00+            | Friday: a day cannot open at 24:00; 00:00 is its start
            sunday   | 22:00-10:00+            | Sunday: the overnight interval runs until 10:00, past the opening of Monday at 09:00
            wednesday| 08:00-18:00+            | Wednesday: 08:00 to 18:00 the next day is longer than a day; an interval closing the next day closes at or before 08:00
            """)
    void aMistakeIsNamedByItsWeekday(String day, String intervals, String message) {
        ScheduleDraft typed = draft("Europe/Berlin", DayOfWeek.valueOf(day.toUpperCase(java.util.Locale.ROOT)),
                intervals, "");
        // Monday opens at 09:00 unless it is the day under test, so a Sunday night shift has a morning to reach.
        Map<DayOfWeek, ScheduleDraft.Day> week = new java.util.EnumMap<>(typed.days());
        week.putIfAbsent(DayOfWeek.MONDAY, new ScheduleDraft.Day(true,
                List.of(new ScheduleDraft.Interval("09:00", "17:00", false))));
        ScheduleDraft withMonday = new ScheduleDraft(typed.zone(), week, List.of(), "", Map.of());

        assertThatThrownBy(withMonday::build).isInstanceOf(InvalidScheduleException.class).hasMessage(message);
    }

    @Test
    void theZoneAndThePublicHolidaysAreCheckedAsInAScheduleFile() {
        assertThatThrownBy(() -> draft("Europe/Berln", DayOfWeek.MONDAY, "09:00-17:00", "").build())
                .hasMessage("Time zone: 'Europe/Berln' is not a time zone");
        assertThatThrownBy(() -> draft("Europe/Berlin", DayOfWeek.MONDAY, "09:00-17:00", "XX-YY").build())
                .hasMessage("Public holidays: unknown holiday calendar 'XX-YY': no country 'XX'");
        assertThatThrownBy(() -> new ScheduleDraft("Europe/Berlin", Map.of(DayOfWeek.MONDAY,
                new ScheduleDraft.Day(true, List.of())), List.of(), "", Map.of()).build())
                .hasMessage("Monday: open, but no hours are given; give them, or mark the day closed");
    }

    @Test
    void aWeekWithNoOpenDayIsRefusedRatherThanNeverDue() {
        assertThatThrownBy(() -> new ScheduleDraft("Europe/Berlin", Map.of(DayOfWeek.MONDAY,
                new ScheduleDraft.Day(false, List.of())), List.of(), "", Map.of()).build())
                .hasMessage("No day is open: tick the days the team works and give their hours");
    }

    @Test
    void timesAreReadAsPeopleTypeThemAndAClosedDayKeepsNoHours() {
        Schedule schedule = new ScheduleDraft(" Europe/Berlin ", Map.of(
                DayOfWeek.MONDAY, new ScheduleDraft.Day(true, List.of(new ScheduleDraft.Interval("9:00", "12.30",
                        false), new ScheduleDraft.Interval("1330", "24:00", false))),
                DayOfWeek.TUESDAY, new ScheduleDraft.Day(false, List.of(new ScheduleDraft.Interval("x", "y", false)))),
                List.of(), "", Map.of()).build();

        assertThat(ScheduleFormat.write(schedule)).isEqualTo("{\"zone\":\"Europe/Berlin\",\"hours\":{\"mon\":"
                + "[[\"09:00\",\"12:30\"],[\"13:30\",\"24:00\"]]},\"holidays\":[],\"exceptions\":{}}");
    }

    /** Monday to Friday 09:00 to 17:00 in Berlin, with {@code dated} dates of their own, named the German way. */
    private static ScheduleDraft weekWith(Map<LocalDate, ScheduleDraft.Day> dated) {
        Map<DayOfWeek, ScheduleDraft.Day> week = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, new ScheduleDraft.Day(true, List.of(new ScheduleDraft.Interval("09:00", "17:00", false))));
        }
        return new ScheduleDraft("Europe/Berlin", week, List.of(LocalDate.of(2026, 12, 25)), "", dated,
                new LocalDates(Locale.GERMANY));
    }

    private static ScheduleDraft.Day hours(String... fromTo) {
        List<ScheduleDraft.Interval> typed = new ArrayList<>();
        for (int i = 0; i < fromTo.length; i += 2) {
            typed.add(new ScheduleDraft.Interval(fromTo[i], fromTo[i + 1], false));
        }
        return new ScheduleDraft.Day(true, typed);
    }

    @Test
    void datesWithHoursOfTheirOwnComeFromTheFormAsTypedAndAClosedDateHasNoHours() {
        Schedule schedule = weekWith(Map.of(
                LocalDate.of(2026, 12, 24), hours("9 am", "1200"),
                LocalDate.of(2026, 12, 31), new ScheduleDraft.Day(false,
                        List.of(new ScheduleDraft.Interval("x", "y", false))),
                LocalDate.of(2027, 1, 2), new ScheduleDraft.Day(true,
                        List.of(new ScheduleDraft.Interval("22:00", "6.00", true))))).build();

        assertThat(ScheduleFormat.write(schedule)).endsWith("\"holidays\":[\"2026-12-25\"],\"exceptions\":{"
                + "\"2026-12-24\":[[\"09:00\",\"12:00\"]],\"2026-12-31\":[],\"2027-01-02\":[[\"22:00\",\"06:00\"]]}}");
        assertThat(schedule.hoursOn(LocalDate.of(2026, 12, 31))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            13:00-12:00             | 24.12.2026: 12:00 is before 13:00; mark it "next day" if it closes after midnight
            09:00-12:00 11:00-13:00 | 24.12.2026: 09:00-12:00 and 11:00-13:00 overlap
            9h-12:00                | 24.12.2026: '9h' is not a time HH:MM (00:00 to 24:00)
            09:00-                  | 24.12.2026: a closing time is missing, e.g. 17:00
            """)
    void aMistakeOnADateIsNamedByTheDateAsTheUserWritesIt(String intervals, String message) {
        String[] times = intervals.replace(" ", "-").split("-", -1);
        ScheduleDraft typed = weekWith(Map.of(LocalDate.of(2026, 12, 24), hours(times)));

        assertThatThrownBy(typed::build).isInstanceOf(InvalidScheduleException.class).hasMessage(message);
    }

    @Test
    void aDateOpenWithoutHoursIsRefusedRatherThanClosed() {
        ScheduleDraft typed = weekWith(Map.of(LocalDate.of(2026, 12, 24), new ScheduleDraft.Day(true, List.of())));

        assertThatThrownBy(typed::build).hasMessage("24.12.2026: open, but no hours are given; give them, or mark "
                + "the date closed");
    }

    @Test
    void aStoredScheduleGivesTheFormItsDatesOpenOrClosed() {
        Schedule stored = ScheduleFormat.parse("""
                {"zone":"Europe/Berlin","hours":{"mon":[["09:00","17:00"]]},
                 "exceptions":{"2026-12-24":[["09:00","12:00"],["22:00","02:00"]],"2026-12-31":[]}}""");

        ScheduleDraft form = ScheduleDraft.of(stored, ZoneId.of("Europe/Berlin"));

        assertThat(form.exceptions()).containsOnly(
                Map.entry(LocalDate.of(2026, 12, 24), new ScheduleDraft.Day(true, List.of(
                        new ScheduleDraft.Interval("09:00", "12:00", false),
                        new ScheduleDraft.Interval("22:00", "02:00", true)))),
                Map.entry(LocalDate.of(2026, 12, 31), new ScheduleDraft.Day(false, List.of())));
        assertThat(ScheduleFormat.write(form.build())).isEqualTo(ScheduleFormat.write(stored));
    }

    @Test
    void noScheduleYetIsEveryDayClosedInTheTeamsZone() {
        ScheduleDraft none = ScheduleDraft.of(null, ZoneId.of("America/New_York"));

        assertThat(none.zone()).isEqualTo("America/New_York");
        assertThat(none.days()).isEmpty();
        assertThat(none.holidays()).isEmpty();
    }
}
