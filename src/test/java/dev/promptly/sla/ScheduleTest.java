package dev.promptly.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

    private static final String OFFICE = """
            {"zone": "Europe/Berlin",
             "hours": {"mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]], "wed": [["09:00","17:00"]],
                       "thu": [["09:00","17:00"]], "fri": [["09:00","17:00"]]}}""";

    private static final String SPLIT_DAY = """
            {"zone": "Europe/Berlin", "hours": {"mon": [["13:00","17:00"], ["08:00","12:00"]]}}""";

    private static final String NIGHT_SHIFT = """
            {"zone": "Europe/Berlin", "hours": {"sat": [["22:00","06:00"]], "fri": [["18:00","24:00"]]}}""";

    private static final String CHRISTMAS = """
            {"zone": "Europe/Berlin",
             "hours": {"mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]], "wed": [["09:00","17:00"]],
                       "thu": [["09:00","17:00"]], "fri": [["09:00","17:00"]]},
             "holidays": ["2026-12-25"],
             "exceptions": {"2026-12-24": [["09:00","12:00"]], "2026-12-31": []}}""";

    private static final String BAVARIA = """
            {"zone": "Europe/Berlin", "holiday_calendar": "DE-BY",
             "hours": {"mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]], "wed": [["09:00","17:00"]],
                       "thu": [["09:00","17:00"]], "fri": [["09:00","17:00"]]}}""";

    private static final String GERMANY = BAVARIA.replace("DE-BY", "DE");

    private static final String NEW_YORK = """
            {"zone": "America/New_York", "holiday_calendar": "US-NY",
             "hours": {"mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]], "wed": [["09:00","17:00"]],
                       "thu": [["09:00","17:00"]], "fri": [["09:00","17:00"]]}}""";

    private static final String NEW_YORK_NIGHTS = """
            {"zone": "America/New_York", "hours": {"sat": [["22:00","06:00"]]}}""";

    private static final String NEW_YORK_SMALL_HOURS = """
            {"zone": "America/New_York", "hours": {"sun": [["01:30","03:00"]]}}""";

    private static final String BERLIN_NIGHTS = """
            {"zone": "Europe/Berlin", "hours": {"sat": [["22:00","06:00"]]}}""";

    private static final String BERLIN_SUNDAYS = """
            {"zone": "Europe/Berlin", "hours": {"sun": [["02:30","05:00"], ["09:00","17:00"]]}}""";

    private static Schedule schedule(String name) {
        return ScheduleFormat.parse(switch (name) {
            case "office" -> OFFICE;
            case "split" -> SPLIT_DAY;
            case "night" -> NIGHT_SHIFT;
            case "christmas" -> CHRISTMAS;
            case "bavaria" -> BAVARIA;
            case "germany" -> GERMANY;
            case "new-york" -> NEW_YORK;
            case "ny-nights" -> NEW_YORK_NIGHTS;
            case "ny-small-hours" -> NEW_YORK_SMALL_HOURS;
            case "berlin-nights" -> BERLIN_NIGHTS;
            case "berlin-sundays" -> BERLIN_SUNDAYS;
            default -> throw new IllegalArgumentException(name);
        });
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
    @CsvSource(textBlock = """
            # weekends do not count: Friday 16:55 plus one working day is Monday 16:55
            office,     2026-11-20T16:55+01:00, PT8H,   2026-11-23T16:55+01:00
            office,     2026-11-20T16:55+01:00, PT24H,  2026-11-25T16:55+01:00
            # received outside hours: the clock starts at the next opening
            office,     2026-11-21T10:00+01:00, PT1H,   2026-11-23T10:00+01:00
            office,     2026-11-23T07:00+01:00, PT1H,   2026-11-23T10:00+01:00
            office,     2026-11-23T17:00+01:00, PT1H,   2026-11-24T10:00+01:00
            # a due time landing exactly on a closing instant is that instant
            office,     2026-11-23T09:00+01:00, PT8H,   2026-11-23T17:00+01:00
            office,     2026-11-23T16:00+01:00, PT1H,   2026-11-23T17:00+01:00
            office,     2026-11-23T16:00+01:00, PT1H1S, 2026-11-24T09:00:01+01:00
            # zero time from a closed instant is the next opening
            office,     2026-11-21T10:00+01:00, PT0S,   2026-11-23T09:00+01:00
            office,     2026-11-23T12:00+01:00, PT0S,   2026-11-23T12:00+01:00
            # split days skip the lunch break
            split,      2026-11-23T11:30+01:00, PT1H,   2026-11-23T13:30+01:00
            split,      2026-11-23T12:15+01:00, PT30M,  2026-11-23T13:30+01:00
            split,      2026-11-23T16:00+01:00, PT2H,   2026-11-30T09:00+01:00
            # an overnight shift belongs to the day it starts on and runs past midnight
            night,      2026-11-21T23:00+01:00, PT2H,   2026-11-22T01:00+01:00
            night,      2026-11-22T05:00+01:00, PT2H,   2026-11-27T19:00+01:00
            night,      2026-11-27T23:00+01:00, PT1H,   2026-11-28T00:00+01:00
            night,      2026-11-27T23:30+01:00, PT1H,   2026-11-28T22:30+01:00
            # holidays and date exceptions
            christmas,  2026-12-24T11:00+01:00, PT1H,   2026-12-24T12:00+01:00
            christmas,  2026-12-24T11:00+01:00, PT2H,   2026-12-28T10:00+01:00
            christmas,  2026-12-30T16:00+01:00, PT2H,   2027-01-01T10:00+01:00
            # public holidays from a calendar: Epiphany is a holiday in Bavaria, not in all of Germany
            bavaria,    2026-01-05T16:00+01:00, PT2H,   2026-01-07T10:00+01:00
            germany,    2026-01-05T16:00+01:00, PT2H,   2026-01-06T10:00+01:00
            # New York: Independence Day falls on a Saturday in 2026 and is observed on Friday 3 July
            new-york,   2026-07-02T16:00-04:00, PT2H,   2026-07-06T10:00-04:00
            # DST in New York: the night shift of 7 March runs 22:00 EST to 06:00 EDT, 7 real hours
            ny-nights,      2026-03-07T22:00-05:00, PT7H,    2026-03-08T06:00-04:00
            ny-nights,      2026-10-31T22:00-04:00, PT9H,    2026-11-01T06:00-05:00
            # fall back in New York: 01:30 exists twice and opens at the earlier (EDT) one; 2.5 hours to 03:00 EST
            ny-small-hours, 2026-11-01T00:00-04:00, PT2H30M, 2026-11-01T03:00-05:00
            ny-small-hours, 2026-11-01T01:30-05:00, PT1H30M, 2026-11-01T03:00-05:00
            # DST in Berlin: the night shift of 28 March is 7 real hours, of 24 October 9 real hours
            berlin-nights,  2026-03-28T22:00+01:00, PT7H,    2026-03-29T06:00+02:00
            berlin-nights,  2026-10-24T22:00+02:00, PT9H,    2026-10-25T06:00+01:00
            # an opening that does not exist locally (02:30 on 29 March) is moved forward, as java.time does
            berlin-sundays, 2026-03-29T02:00+01:00, PT0S,    2026-03-29T03:30+02:00
            # 09:00 to 17:00 is 8 open hours on the change day too
            berlin-sundays, 2026-03-29T09:00+02:00, PT8H,    2026-03-29T17:00+02:00
            berlin-sundays, 2026-10-25T09:00+01:00, PT8H,    2026-10-25T17:00+01:00
            """)
    void add(String schedule, String from, Duration amount, String expected) {
        assertThat(schedule(schedule).add(at(from), amount)).isEqualTo(at(expected));
    }

    @ParameterizedTest(name = "{0}: {1} to {2} = {3}")
    @CsvSource(textBlock = """
            office,     2026-11-20T16:00+01:00, 2026-11-23T10:00+01:00, PT2H
            office,     2026-11-23T10:00+01:00, 2026-11-20T16:00+01:00, PT0S
            office,     2026-11-21T08:00+01:00, 2026-11-22T20:00+01:00, PT0S
            office,     2026-11-23T09:00+01:00, 2026-11-30T09:00+01:00, PT40H
            split,      2026-11-23T11:00+01:00, 2026-11-23T14:00+01:00, PT2H
            night,      2026-11-22T00:00+01:00, 2026-11-22T12:00+01:00, PT6H
            christmas,  2026-12-21T00:00+01:00, 2027-01-04T00:00+01:00, PT59H
            bavaria,    2026-01-05T00:00+01:00, 2026-01-08T00:00+01:00, PT16H
            berlin-nights,  2026-03-28T00:00+01:00, 2026-03-30T00:00+02:00, PT7H
            berlin-nights,  2026-10-24T00:00+02:00, 2026-10-26T00:00+01:00, PT9H
            berlin-sundays, 2026-03-29T00:00+01:00, 2026-03-30T00:00+02:00, PT9H30M
            berlin-sundays, 2026-10-25T00:00+02:00, 2026-10-26T00:00+01:00, PT11H30M
            ny-nights,      2026-03-07T00:00-05:00, 2026-03-09T00:00-04:00, PT7H
            ny-small-hours, 2026-11-01T00:00-04:00, 2026-11-02T00:00-05:00, PT2H30M
            """)
    void elapsed(String schedule, String from, String to, Duration expected) {
        assertThat(schedule(schedule).elapsed(at(from), at(to))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: next open after {1} is {2}")
    @CsvSource(textBlock = """
            office,    2026-11-23T12:00+01:00, 2026-11-23T12:00+01:00
            office,    2026-11-23T09:00+01:00, 2026-11-23T09:00+01:00
            office,    2026-11-23T17:00+01:00, 2026-11-24T09:00+01:00
            office,    2026-11-21T12:00+01:00, 2026-11-23T09:00+01:00
            christmas, 2026-12-24T12:00+01:00, 2026-12-28T09:00+01:00
            night,     2026-11-22T03:00+01:00, 2026-11-22T03:00+01:00
            """)
    void nextOpen(String schedule, String at, String expected) {
        assertThat(schedule(schedule).nextOpen(at(at))).isEqualTo(at(expected));
    }
}
