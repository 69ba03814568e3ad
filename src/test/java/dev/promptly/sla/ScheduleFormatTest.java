package dev.promptly.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.common.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleFormatTest {

    private static final String EXAMPLE = """
            {"zone":"Europe/Berlin","hours":{"mon":[["08:00","12:00"],["13:00","17:00"]],"tue":[["09:00","17:00"]],
             "sat":[["22:00","06:00"]]},"holidays":["2026-12-25"],"holiday_calendar":"DE-BY",
             "exceptions":{"2026-12-24":[["09:00","12:00"]],"2026-12-31":[]}}""";

    @Test
    void readsTheDocumentedExample() {
        Schedule schedule = ScheduleFormat.parse(EXAMPLE);

        assertThat(schedule.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(schedule.weekly().get(DayOfWeek.MONDAY)).containsExactly(new OpenHours(480, 720),
                new OpenHours(780, 1020));
        assertThat(schedule.weekly().get(DayOfWeek.SATURDAY).get(0).isOvernight()).isTrue();
        assertThat(schedule.holidayCalendar()).isEqualTo("DE-BY");
        assertThat(schedule.hoursOn(LocalDate.parse("2026-12-31"))).isEmpty();
        assertThat(schedule.hoursOn(LocalDate.parse("2026-12-24"))).containsExactly(new OpenHours(540, 720));
        assertThat(schedule.hoursOn(LocalDate.parse("2026-12-25"))).isEmpty();
        assertThat(schedule.hoursOn(LocalDate.parse("2026-12-21"))).hasSize(2);
    }

    @Test
    void writingAndReadingAgainGivesTheSameSchedule() {
        String written = ScheduleFormat.write(ScheduleFormat.parse(EXAMPLE));

        assertThat(ScheduleFormat.write(ScheduleFormat.parse(written))).isEqualTo(written);
        assertThat(written).contains("\"mon\":[[\"08:00\",\"12:00\"],[\"13:00\",\"17:00\"]]", "\"2026-12-31\":[]");
    }

    @Test
    void twentyFourClosesAtTheEndOfTheDay() {
        Schedule schedule = ScheduleFormat.parse("{\"zone\":\"UTC\",\"hours\":{\"fri\":[[\"18:00\",\"24:00\"]]}}");

        assertThat(schedule.weekly().get(DayOfWeek.FRIDAY).get(0).closeMinuteFromStartDay()).isEqualTo(1440);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"zone":"Europe/Berlin","hours":{"mon":[["08:00","12:00"]]},"holliday":[]} | unknown key 'holliday'
            {"zone":"Europe/Berlin","hours":{"monday":[["08:00","12:00"]]}}            | hours: unknown key 'monday'
            {"zone":"Europe/Berlin","hours":{"mon":[["08:00","25:00"]]}}               | hours.mon[0]: '25:00' is not a time HH:MM
            {"zone":"Europe/Berlin","hours":{"mon":[["8:00","12:00"]]}}                | hours.mon[0]: '8:00' is not a time HH:MM
            {"zone":"Europe/Berlin","hours":{"mon":[["08:00"]]}}                       | hours.mon[0]: expected ["HH:MM", "HH:MM"]
            {"zone":"Europe/Berlin","hours":{"mon":[["08:00","12:00"],["11:00","14:00"]]}} | hours.mon: 08:00-12:00 and 11:00-14:00 overlap
            {"zone":"Europe/Berlin","hours":{"sun":[["22:00","09:00"]],"mon":[["08:00","12:00"]]}} | hours.sun: the overnight interval runs until 09:00, past the opening of hours.mon at 08:00
            {"zone":"Europe/Berlin","hours":{"mon":[["24:00","12:00"]]}}               | hours.mon[0]: a day cannot open at 24:00
            {"zone":"Mars/Olympus","hours":{}}                                         | zone: 'Mars/Olympus' is not a time zone
            {"hours":{}}                                                               | zone: required
            {"zone":"UTC","holiday_calendar":"XX"}                                     | holiday_calendar: unknown holiday calendar 'XX': no country 'XX'
            {"zone":"UTC","holiday_calendar":"DE-ZZ"}                                  | holiday_calendar: unknown holiday calendar 'DE-ZZ': no region 'ZZ'
            {"zone":"UTC","holidays":["2026-02-30"]}                                   | holidays[0]: '2026-02-30' is not a date YYYY-MM-DD
            {"zone":"UTC","exceptions":{"24.12.2026":[]}}                              | exceptions: '24.12.2026' is not a date YYYY-MM-DD
            {"zone":"UTC","exceptions":{"2026-12-24":[["09:00","12:00"],["10:00","11:00"]]}} | exceptions.2026-12-24: 09:00-12:00 and 10:00-11:00 overlap
            {"zone":"UTC",                                                             | not valid JSON at line 1, column 15
            {"zone":"UTC","hours":{"mon":[["08:00"                                    | not valid JSON at line 1, column 39
            {"zone":"UTC" "hours":{}}                                                  | not valid JSON at line 1, column 15
            ["zone","UTC"]                                                             | a schedule is a JSON object
            {"zone":"UTC","hours":{"mon":[[8,12]]}}                                    | hours.mon[0]: '8' is not a time HH:MM
            """)
    void refusesMalformedSchedulesNamingTheProblemAndWhere(String json, String message) {
        assertThatThrownBy(() -> ScheduleFormat.parse(json)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aScheduleThatNeverOpensIsReportedWhenUsed() {
        Schedule closed = ScheduleFormat.parse("{\"zone\":\"UTC\",\"hours\":{}}");

        assertThatThrownBy(() -> closed.add(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.Duration.ofHours(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no open hours");
    }
}
