package dev.promptly.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scenarios taken from the published test suites of independent business-hours libraries, restated on our
 * schedules. Each row names the library and the spec file it comes from. Expected values follow OUR semantics
 * (docs/metrics.md, "Business time"); only scenarios where the library's documented behaviour agrees with ours
 * were taken. Deliberate differences that were left out:
 * <ul>
 *   <li>"Business days" units (biz {@code :days}, working_hours {@code add_days}, business_time
 *       {@code business_days}, moment-business-time {@code 'days'}) move by calendar days, not by open time.</li>
 *   <li>moment-business-time and the old biz {@code Active} spec treat the closing instant as open
 *       (closed intervals); ours are half-open, so their "is open at 17:00" and "next working time at 17:00"
 *       answers are not comparable. Their add results that land on a closing instant agree with ours.</li>
 *   <li>spatie/opening-hours and cmixin business-time {@code nextOpen} return the next opening strictly after
 *       an open instant; ours returns the instant itself. Only their answers from closed instants, and
 *       {@code isOpenAt}/{@code nextClose}, are used.</li>
 *   <li>working_hours returns negative durations for reversed ranges and drops sub-second parts; ours returns 0
 *       and counts nanoseconds. biz subtracts a holiday's whole local day even from an interval that started the
 *       day before; ours lets an overnight interval run into a holiday. dhatim applies its weekday filter to each
 *       instant rather than to the day an overnight interval starts on.</li>
 *   <li>The businesstimedelta README (older) shows {@code start + 40h} rolling to the next opening; its test
 *       suite (current behaviour) returns the closing instant, which is what we do.</li>
 * </ul>
 * Breaks (biz {@code breaks}, businesstimedelta {@code LunchTimeRule}) are written as split days or date
 * exceptions; biz {@code shifts} and working_hours {@code holiday_hours} are date exceptions.
 */
class IndependentSuitesTest {

    private static final String BIZ_WEEK = """
            "mon": [["09:00","17:00"]], "tue": [["10:00","16:00"]], "wed": [["09:00","17:00"]],
            "thu": [["10:00","16:00"]], "fri": [["09:00","17:00"]], "sat": [["11:00","14:30"]]""";

    private static final String NINE_TO_FIVE = """
            "mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]], "wed": [["09:00","17:00"]],
            "thu": [["09:00","17:00"]], "fri": [["09:00","17:00"]]""";

    private static final String LUNCH_WEEK = """
            "mon": [["09:00","12:00"],["13:00","18:00"]], "tue": [["09:00","12:00"],["13:00","18:00"]],
            "wed": [["09:00","12:00"],["13:00","18:00"]], "thu": [["09:00","12:00"],["13:00","18:00"]],
            "fri": [["09:00","12:00"],["13:00","18:00"]]""";

    private static Schedule schedule(String name) {
        return ScheduleFormat.parse(switch (name) {
            // zendesk/biz spec/support/time.rb: the default spec schedule, in Etc/UTC
            case "biz" -> "{\"zone\": \"Etc/UTC\", \"hours\": {" + BIZ_WEEK + "}}";
            // zendesk/biz spec/periods/after_spec.rb
            case "biz-holidays" -> "{\"zone\": \"Etc/UTC\", \"hours\": {" + BIZ_WEEK + "},"
                    + " \"holidays\": [\"2006-01-16\", \"2006-01-18\"]}";
            // zendesk/biz spec/periods/after_spec.rb, "multiple breaks overlap multiple periods":
            // breaks 2006-01-02 08:00-10:15 and 11:30-12:30, 2006-01-03 12:00-13:00 and 14:25-14:40
            case "biz-breaks" -> "{\"zone\": \"Etc/UTC\", \"hours\": {" + BIZ_WEEK + "}, \"exceptions\": {"
                    + "\"2006-01-02\": [[\"10:15\",\"11:30\"],[\"12:30\",\"17:00\"]],"
                    + "\"2006-01-03\": [[\"10:00\",\"12:00\"],[\"13:00\",\"14:25\"],[\"14:40\",\"16:00\"]]}}";
            // zendesk/biz spec/periods/after_spec.rb, "a break overlaps multiple periods": break 18:00-21:00
            case "biz-evening" -> """
                    {"zone": "Etc/UTC", "hours": {"mon": [["17:00","19:00"],["20:00","22:00"]]},
                     "exceptions": {"2006-01-02": [["17:00","18:00"],["21:00","22:00"]]}}""";
            // zendesk/biz spec/schedule_spec.rb: holidays and breaks (2006-01-02 10:00-11:30;
            // 2006-01-03 14:15-14:30 and 15:40-15:50)
            case "biz-schedule" -> "{\"zone\": \"Etc/UTC\", \"hours\": {" + BIZ_WEEK + "},"
                    + " \"holidays\": [\"2006-01-01\", \"2006-12-25\"], \"exceptions\": {"
                    + "\"2006-01-02\": [[\"09:00\",\"10:00\"],[\"11:30\",\"17:00\"]],"
                    + "\"2006-01-03\": [[\"10:00\",\"14:15\"],[\"14:30\",\"15:40\"],[\"15:50\",\"16:00\"]]}}";
            // zendesk/biz spec/configuration_spec.rb: the same breaks plus shifts (2006-01-04 10:00-14:00;
            // 2006-01-05 11:00-13:00 and 14:00-16:00) in America/New_York
            case "biz-ny-shifts" -> "{\"zone\": \"America/New_York\", \"hours\": {" + BIZ_WEEK + "},"
                    + " \"holidays\": [\"2006-01-01\", \"2006-12-25\"], \"exceptions\": {"
                    + "\"2006-01-02\": [[\"09:00\",\"10:00\"],[\"11:30\",\"17:00\"]],"
                    + "\"2006-01-03\": [[\"10:00\",\"14:15\"],[\"14:30\",\"15:40\"],[\"15:50\",\"16:00\"]],"
                    + "\"2006-01-04\": [[\"10:00\",\"14:00\"]],"
                    + "\"2006-01-05\": [[\"11:00\",\"13:00\"],[\"14:00\",\"16:00\"]]}}";
            // zendesk/biz spec/biz_spec.rb
            case "biz-abidjan" -> """
                    {"zone": "Africa/Abidjan", "hours": {"sun": [["11:00","12:00"]]}, "holidays": ["2015-12-25"]}""";
            // zendesk/biz spec/periods/after_spec.rb, "origin near the beginning of the week"
            case "biz-la-sat" -> """
                    {"zone": "America/Los_Angeles", "hours": {"sat": [["06:00","18:00"]]}}""";
            // zendesk/biz spec/periods/after_spec.rb, "an empty interval is generated"
            case "biz-la-empty" -> """
                    {"zone": "America/Los_Angeles",
                     "hours": {"sun": [["02:30","03:15"]], "mon": [["09:00","17:00"]]}}""";
            // zendesk/biz spec/time_spec.rb, non-existent (spring-forward) 02:30 on 2014-03-09
            case "biz-la-spring" -> """
                    {"zone": "America/Los_Angeles", "hours": {"sun": [["02:30","05:00"]]}}""";
            // zendesk/biz spec/time_spec.rb, ambiguous 01:30 on 2014-11-02
            case "biz-la-fall" -> """
                    {"zone": "America/Los_Angeles", "hours": {"sun": [["01:30","03:00"]]}}""";
            // zendesk/biz spec/time_spec.rb, non-existent (spring-forward) endnight 24:00 on 2015-10-17
            case "biz-sao-paulo" -> """
                    {"zone": "America/Sao_Paulo", "hours": {"sat": [["20:00","24:00"]]}}""";
            // Intrepidd/working_hours: default config (Mon-Fri 09:00-17:00, UTC), holiday 2014-05-01
            case "wh" -> "{\"zone\": \"UTC\", \"hours\": {" + NINE_TO_FIVE + "}, \"holidays\": [\"2014-05-01\"]}";
            case "wh-tokyo" -> "{\"zone\": \"Asia/Tokyo\", \"hours\": {" + NINE_TO_FIVE + "}}";
            case "wh-split" -> """
                    {"zone": "UTC", "hours": {"mon": [["07:00","12:00"],["13:00","18:00"]]}}""";
            case "wh-midnight" -> """
                    {"zone": "UTC", "hours": {"mon": [["00:00","24:00"]]}}""";
            case "wh-holiday-hours" -> """
                    {"zone": "UTC", "hours": {"fri": [["08:00","18:00"]]},
                     "exceptions": {"2019-12-27": [["10:00","18:00"]]}}""";
            // bokmann/business_time: default 09:00-17:00 Mon-Fri, Time.zone = 'Eastern Time (US & Canada)'
            case "bt-eastern" -> "{\"zone\": \"America/New_York\", \"hours\": {" + NINE_TO_FIVE + "},"
                    + " \"holidays\": [\"2010-07-05\"]}";
            // bokmann/business_time README.rdoc: work_hours mon 9-17, fri 9-17, sat 10-15
            case "bt-readme-hours" -> """
                    {"zone": "America/New_York",
                     "hours": {"mon": [["09:00","17:00"]], "fri": [["09:00","17:00"]], "sat": [["10:00","15:00"]]}}""";
            // bokmann/business_time README.rdoc: work_week sun-thu
            case "bt-sun-thu" -> """
                    {"zone": "America/New_York",
                     "hours": {"sun": [["09:00","17:00"]], "mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]],
                               "wed": [["09:00","17:00"]], "thu": [["09:00","17:00"]]}}""";
            // seppemans/businesstimedelta: WorkDayRule 09-17 Mon-Fri UTC
            case "btd" -> "{\"zone\": \"UTC\", \"hours\": {" + NINE_TO_FIVE + "}}";
            // seppemans/businesstimedelta ReadmeTest: WorkDayRule 09-18 plus LunchTimeRule 12-13
            case "btd-lunch" -> "{\"zone\": \"UTC\", \"hours\": {" + LUNCH_WEEK + "}}";
            case "btd-lunch-ca" -> "{\"zone\": \"UTC\", \"holiday_calendar\": \"US-CA\", \"hours\": {" + LUNCH_WEEK + "}}";
            case "btd-santiago" -> "{\"zone\": \"America/Santiago\", \"hours\": {" + LUNCH_WEEK + "}}";
            // lennym/moment-business-time: default locale 09:00-17:00 Mon-Fri
            case "mbt" -> "{\"zone\": \"UTC\", \"hours\": {" + NINE_TO_FIVE + "}}";
            case "mbt-holidays" -> "{\"zone\": \"UTC\", \"hours\": {" + NINE_TO_FIVE + "}, \"holidays\": [\"2015-02-27\"]}";
            case "mbt-breaks" -> """
                    {"zone": "UTC",
                     "hours": {"mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]], "wed": [["09:00","17:00"]],
                               "thu": [["09:00","12:00"],["13:00","18:00"]], "fri": [["09:00","12:00"],["12:30","17:00"]]}}""";
            case "mbt-short-wednesdays" -> """
                    {"zone": "UTC",
                     "hours": {"mon": [["09:30","17:00"]], "tue": [["09:30","17:00"]], "wed": [["09:30","13:00"]],
                               "thu": [["09:30","17:00"]], "fri": [["09:30","17:00"]]}}""";
            // spatie/opening-hours tests/OpeningHoursOverflowTest.php ('overflow' => true)
            case "spatie-overflow" -> """
                    {"zone": "UTC",
                     "hours": {"mon": [["09:00","02:00"]], "tue": [["19:00","04:00"]], "wed": [["09:00","02:00"]]}}""";
            // spatie/opening-hours tests/OpeningHoursTest.php, it_can_handle_consecutive_open_hours
            case "spatie-consecutive" -> """
                    {"zone": "UTC",
                     "hours": {"mon": [["09:00","24:00"]], "tue": [["00:00","24:00"]],
                               "wed": [["00:00","03:00"],["09:00","24:00"]], "fri": [["00:00","03:00"]]}}""";
            // spatie/opening-hours tests/OpeningHoursTest.php, next open/close from non-working and early morning
            case "spatie-split" -> """
                    {"zone": "UTC", "hours": {"mon": [["09:00","11:00"],["13:00","19:00"]]}}""";
            case "spatie-split-exception" -> """
                    {"zone": "UTC",
                     "hours": {"mon": [["09:00","11:00"],["13:00","19:00"]], "tue": [["10:00","11:00"],["14:00","19:00"]]},
                     "exceptions": {"2016-09-26": []}}""";
            // spatie/opening-hours tests/OpeningHoursTest.php, it_can_set_the_timezone_on_the_openings_hours_object
            case "spatie-amsterdam" -> """
                    {"zone": "Europe/Amsterdam", "hours": {"mon": [["09:00","18:00"]]},
                     "exceptions": {"2016-11-14": [["09:00","13:00"]]}}""";
            // kylekatarnls/business-time tests/Cmixin/BusinessTimeTest.php, with setHolidaysRegion('fr-national')
            case "cmixin-fr" -> """
                    {"zone": "Europe/Paris", "holiday_calendar": "FR",
                     "hours": {"mon": [["09:00","12:00"],["13:00","18:00"]], "tue": [["09:00","12:00"],["13:00","18:00"]],
                               "wed": [["09:00","12:00"]], "thu": [["09:00","12:00"],["13:00","18:00"]],
                               "fri": [["09:00","12:00"],["13:00","20:00"]], "sat": [["09:00","12:00"],["13:00","16:00"]]}}""";
            // dhatim/business-hours-java BusinessHoursTest.java: "wday {tu-thu} hr {08-5pm}" (hour 17 included)
            case "dhatim" -> """
                    {"zone": "UTC",
                     "hours": {"tue": [["08:00","18:00"]], "wed": [["08:00","18:00"]], "thu": [["08:00","18:00"]]}}""";
            // Not from a suite: the US federal calendar, used to check observed holidays across a year boundary
            case "us-federal" -> "{\"zone\": \"America/New_York\", \"holiday_calendar\": \"US\", \"hours\": {"
                    + NINE_TO_FIVE + "}}";
            default -> throw new IllegalArgumentException(name);
        });
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
    @CsvSource(textBlock = """
            # zendesk/biz spec/calculation/for_duration_spec.rb: 6 h Mon + 6 h Tue + 7 h Wed
            biz,                  2006-01-02T11:00Z,          PT19H,       2006-01-04T16:00Z
            # zendesk/biz spec/calculation/for_duration_spec.rb (minutes): lands on Wednesday's closing instant
            biz,                  2006-01-04T15:30Z,          PT1H30M,     2006-01-04T17:00Z
            # zendesk/biz spec/calculation/for_duration_spec.rb (scalar zero): the first open moment forward
            biz,                  2006-01-03T00:00Z,          PT0S,        2006-01-03T10:00Z
            # zendesk/biz spec/periods/after_spec.rb: 30 min on Saturday, Monday 16th a holiday, 30 min on Tuesday
            biz-holidays,         2006-01-14T14:00Z,          PT1H,        2006-01-17T10:30Z
            # zendesk/biz spec/periods/after_spec.rb: a break after 11:30; the result is that closing instant
            biz-breaks,           2006-01-02T11:00Z,          PT30M,       2006-01-02T11:30Z
            # zendesk/biz spec/periods/after_spec.rb: a break 18:00-21:00 across two evening periods
            biz-evening,          2006-01-02T17:30Z,          PT1H,        2006-01-02T21:30Z
            # zendesk/biz spec/biz_spec.rb: one hour each Sunday; two hours end on the second Sunday's closing
            biz-abidjan,          2006-01-01T00:00Z,          PT2H,        2006-01-08T12:00Z
            # zendesk/biz spec/time_spec.rb: 24:00 on 2015-10-17 does not exist in Sao Paulo; it is 01:00 -02
            biz-sao-paulo,        2015-10-17T20:00-03:00,     PT4H,        2015-10-18T01:00-02:00
            biz-sao-paulo,        2015-10-17T23:30-03:00,     PT1H,        2015-10-24T20:30-02:00
            # Intrepidd/working_hours computation_spec.rb: Friday 16:00 in Tokyo, 3 working hours later
            wh-tokyo,             1991-11-15T07:00Z,          PT3H,        1991-11-18T11:00+09:00
            # Intrepidd/working_hours computation_spec.rb: "supports midnight when advancing time"
            wh-midnight,          2014-04-07T23:59:30Z,       PT1M,        2014-04-14T00:00:30Z
            # bokmann/business_time test/test_business_hours_eastern.rb
            bt-eastern,           2010-08-04T09:35-04:00,     PT8H,        2010-08-05T09:35-04:00
            bt-eastern,           2010-07-02T16:50-04:00,     PT1H,        2010-07-06T09:50-04:00
            # bokmann/business_time README.rdoc: a Sunday-to-Thursday week
            bt-sun-thu,           2010-07-08T16:50-04:00,     PT1H,        2010-07-11T09:50-04:00
            # seppemans/businesstimedelta test/businesstimedelta_tests.py: from a Saturday
            btd,                  2016-01-23T13:14Z,          PT12H,       2016-01-26T13:00Z
            # seppemans/businesstimedelta ReadmeTest: 40 h from Monday 09:00 end at Friday's closing, 18:00
            btd-lunch,            2016-01-18T09:00Z,          PT40H,       2016-01-22T18:00Z
            # lennym/moment-business-time test/spec.business-hours.js: adding hours, minutes, milliseconds
            mbt,                  2015-02-26T10:12:34Z,       PT108H,      2015-03-17T14:12:34Z
            mbt,                  2016-03-21T15:30Z,          PT18H,       2016-03-24T09:30Z
            mbt,                  2015-02-26T16:59:59.700Z,   PT0.555S,    2015-02-27T09:00:00.255Z
            mbt-breaks,           2020-01-02T10:00Z,          PT16H,       2020-01-06T10:30Z
            mbt-holidays,         2015-02-26T12:00Z,          PT8H,        2015-03-02T12:00Z
            # spatie/opening-hours OpeningHoursOverflowTest.php: nextClose of Monday's 09:00-02:00 is Tuesday 02:00
            spatie-overflow,      2019-04-22T23:00Z,          PT3H,        2019-04-23T02:00Z
            # spatie/opening-hours OpeningHoursTest.php: consecutive days open until Wednesday 03:00, then 09:00-24:00
            spatie-consecutive,   2019-02-04T11:00Z,          PT40H,       2019-02-06T03:00Z
            spatie-consecutive,   2019-02-06T09:00Z,          PT15H,       2019-02-07T00:00Z
            # kylekatarnls/business-time BusinessTimeTest.php: nextCloseIncludingHolidays from All Saints' Day
            cmixin-fr,            2018-11-01T09:00+01:00,     PT3H,        2018-11-02T12:00+01:00
            """)
    void add(String schedule, String from, Duration amount, String expected) {
        assertThat(schedule(schedule).add(at(from), amount)).isEqualTo(at(expected));
    }

    @ParameterizedTest(name = "{0}: {1} to {2} = {3}")
    @CsvSource(textBlock = """
            # zendesk/biz spec/calculation/duration_within_spec.rb: a whole week, and reversed
            biz,                  2006-01-01T00:00Z,          2006-01-08T00:00Z,          PT39H30M
            biz,                  2006-01-08T00:00Z,          2006-01-01T00:00Z,          PT0S
            # zendesk/biz spec/periods/after_spec.rb: Saturday, then Tuesday and Thursday around two holidays
            biz-holidays,         2006-01-14T00:00Z,          2006-01-20T00:00Z,          PT15H30M
            # zendesk/biz spec/schedule_spec.rb (#within)
            biz-schedule,         2006-01-05T12:00Z,          2006-01-06T12:00Z,          PT7H
            # zendesk/biz spec/configuration_spec.rb: breaks Mon-Tue, shifts Wed-Thu, in New York
            biz-ny-shifts,        2006-01-02T00:00-05:00,     2006-01-06T00:00-05:00,     PT20H5M
            # zendesk/biz spec/time_spec.rb: 01:30 is the DST (earlier) occurrence; 01:30 PDT to 03:00 PST
            biz-la-fall,          2014-11-02T00:00-07:00,     2014-11-03T00:00-08:00,     PT2H30M
            # zendesk/biz spec/time_spec.rb: 20:00 -03 to the non-existent 24:00 (01:00 -02) is 4 real hours
            biz-sao-paulo,        2015-10-17T00:00-03:00,     2015-10-19T00:00-02:00,     PT4H
            # Intrepidd/working_hours computation_spec.rb (#working_time_between)
            wh,                   2014-04-11T20:00Z,          2014-04-14T05:00Z,          PT0S
            wh-midnight,          2014-04-06T12:00Z,          2016-04-06T12:00Z,          PT2520H
            # bokmann/business_time README.rdoc: Friday 15:00 to Monday 11:00 with Saturday hours
            bt-readme-hours,      2010-12-24T15:00-05:00,     2010-12-27T11:00-05:00,     PT9H
            # bokmann/business_time README.rdoc: Friday 10:40 to Saturday 10:40 is 6 h 20 min
            bt-eastern,           2012-02-03T10:40-05:00,     2012-02-04T10:40-05:00,     PT6H20M
            # seppemans/businesstimedelta ReadmeTest: Christmas 2015 (Friday) is a Californian holiday
            btd-lunch-ca,         2015-12-21T09:00Z,          2015-12-28T09:00Z,          PT32H
            # seppemans/businesstimedelta ReadmeTest.test_readme_localized: a San Francisco day against Santiago's
            btd-santiago,         2016-01-18T09:00-08:00,     2016-01-18T18:00-08:00,     PT4H
            # lennym/moment-business-time test/spec.business-hours.js (workingDiff)
            mbt-breaks,           2020-01-02T10:00Z,          2020-01-06T10:00Z,          PT15H30M
            mbt-short-wednesdays, 2015-02-23T10:00Z,          2015-02-26T14:00Z,          PT22H30M
            # spatie/opening-hours OpeningHoursTest.php: consecutive open hours from Monday 11:00 to Wednesday 03:00
            spatie-consecutive,   2019-02-04T11:00Z,          2019-02-06T09:00Z,          PT40H
            """)
    void elapsed(String schedule, String from, String to, Duration expected) {
        assertThat(schedule(schedule).elapsed(at(from), at(to))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: next open after {1} is {2}")
    @CsvSource(textBlock = """
            # zendesk/biz spec/time_spec.rb: the non-existent 02:30 on 2014-03-09 becomes 03:30 PDT
            biz-la-spring,        2014-03-09T00:00-08:00,     2014-03-09T03:30-07:00
            # zendesk/biz spec/time_spec.rb: the ambiguous 01:30 on 2014-11-02 is the DST (earlier) one
            biz-la-fall,          2014-11-02T00:00-07:00,     2014-11-02T01:30-07:00
            # zendesk/biz spec/periods/after_spec.rb: 02:30-03:15 on 2006-04-02 is 03:30-03:15 PDT, empty
            biz-la-empty,         2006-04-02T00:00-08:00,     2006-04-03T09:00-07:00
            # zendesk/biz spec/periods/after_spec.rb: an origin inside Saturday's period is open
            biz-la-sat,           2006-01-07T17:00-08:00,     2006-01-07T17:00-08:00
            # zendesk/biz spec/schedule_spec.rb (#on_break?): 11:00 is on a break
            biz-schedule,         2006-01-02T11:00Z,          2006-01-02T11:30Z
            # Intrepidd/working_hours computation_spec.rb (#advance_to_working_time)
            wh,                   2014-05-01T12:00Z,          2014-05-02T09:00Z
            wh,                   2014-04-07T17:00Z,          2014-04-08T09:00Z
            wh-split,             2014-04-07T12:00Z,          2014-04-07T13:00Z
            wh-holiday-hours,     2019-12-27T09:00Z,          2019-12-27T10:00Z
            # spatie/opening-hours OpeningHoursOverflowTest.php: Monday's overflow is open on Tuesday 01:00;
            # Tuesday's 19:00-04:00 closes at Wednesday 04:00
            spatie-overflow,      2019-04-23T01:00Z,          2019-04-23T01:00Z
            spatie-overflow,      2019-04-24T04:00Z,          2019-04-24T09:00Z
            # spatie/opening-hours OpeningHoursTest.php: Wednesday's 09:00-24:00 closes at Thursday 00:00
            spatie-consecutive,   2019-02-07T00:00Z,          2019-02-08T00:00Z
            spatie-split-exception, 2016-09-26T04:00Z,        2016-09-27T10:00Z
            # spatie/opening-hours OpeningHoursTest.php: Amsterdam hours checked from Denver; 18:00 is closed
            spatie-amsterdam,     2016-10-10T09:59-06:00,     2016-10-10T09:59-06:00
            spatie-amsterdam,     2016-10-10T10:00-06:00,     2016-10-17T09:00+02:00
            spatie-amsterdam,     2016-11-14T17:59+01:00,     2016-11-21T09:00+01:00
            # kylekatarnls/business-time BusinessTimeTest.php: French public holidays
            cmixin-fr,            2018-11-01T08:00+01:00,     2018-11-02T09:00+01:00
            cmixin-fr,            2020-07-14T10:00+02:00,     2020-07-15T09:00+02:00
            # dhatim/business-hours-java BusinessHoursTest.java (timeBeforeOpening)
            dhatim,               2014-04-22T18:00Z,          2014-04-23T08:00Z
            """)
    void nextOpen(String schedule, String at, String expected) {
        assertThat(schedule(schedule).nextOpen(at(at))).isEqualTo(at(expected));
    }

    /**
     * Not translated from a suite. It was found while checking the holiday calendars behind the scenarios above.
     * New Year's Day 2022 and 2028 fall on a Saturday, and the US calendar (jollyday, like the US federal
     * calendar) observes them on the Friday before, 31 December of the previous year. docs/schedules.md: "A
     * holiday observed on another day ... closes the day it is observed on."
     */
    @ParameterizedTest(name = "{0}: next open after {1} is {2}")
    @CsvSource(textBlock = """
            us-federal,           2021-12-31T10:00-05:00,     2022-01-03T09:00-05:00
            us-federal,           2027-12-31T10:00-05:00,     2028-01-03T09:00-05:00
            """)
    void observedHolidayMovedIntoThePreviousYear(String schedule, String at, String expected) {
        assertThat(schedule(schedule).nextOpen(at(at))).isEqualTo(at(expected));
    }
}
