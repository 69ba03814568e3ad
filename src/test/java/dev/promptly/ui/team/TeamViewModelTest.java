package dev.promptly.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.TestWorld;
import dev.promptly.people.Role;
import dev.promptly.sla.ClockKind;
import dev.promptly.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Team screen's policy form and rights, on a real store with a synchronous runner. */
class TeamViewModelTest {

    @TempDir
    Path folder;

    private TestWorld world;
    private TeamViewModel model;

    @BeforeEach
    void setUp() {
        world = new TestWorld(folder);
        model = new TeamViewModel(world.context.teamSetup(), world.context.people(), TaskRunner.immediate());
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private void showAsLead() {
        model.show(world.context.people().setRole(world.ben.email(), Role.LEAD), null);
    }

    @Test
    void aLeadSavesABusinessClockPolicyWithItsScheduleAndHolidays() {
        showAsLead();
        assertThat(model.canManageProperty().get()).isTrue();
        assertThat(model.targetProperty().get()).isEqualTo("24h");

        model.clockProperty().set(ClockKind.BUSINESS);
        model.targetProperty().set("8h");
        model.dueSoonProperty().set("1h30m");
        var hours = model.schedule();
        hours.zoneProperty().set("Europe/Berlin");
        hours.day(java.time.DayOfWeek.MONDAY).openProperty().set(true);
        hours.addHoliday(java.time.LocalDate.of(2026, 12, 24));
        hours.holidayCalendarProperty().set("DE-BY");
        model.savePolicy();

        assertThat(model.problemProperty().get()).isEmpty();
        var policy = world.context.people().team(world.berlin.name()).policy();
        assertThat(policy.clock()).isEqualTo(ClockKind.BUSINESS);
        assertThat(policy.target()).isEqualTo(Duration.ofHours(8));
        assertThat(policy.dueSoon()).isEqualTo(Duration.ofMinutes(90));
        assertThat(policy.schedule().holidayCalendar()).isEqualTo("DE-BY");
        assertThat(model.dueSoonProperty().get()).isEqualTo("1h30m");
        assertThat(dev.promptly.sla.ScheduleFormat.write(policy.schedule())).isEqualTo("{\"zone\":\"Europe/Berlin\","
                + "\"hours\":{\"mon\":[[\"09:00\",\"17:00\"]]},\"holidays\":[\"2026-12-24\"],"
                + "\"holiday_calendar\":\"DE-BY\",\"exceptions\":{}}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            business | 8h   | 1h | Europe/Berlin | ''    | ''    | Nothing was saved: the open hours need a correction (see below the schedule). | No day is open
            calendar | soon | 1h | Europe/Berlin | ''    | ''    | The response target 'soon' is not a duration: write hours and minutes such as 24h, 8h or 1h30m. | ''
            calendar | 0h   | 1h | Europe/Berlin | ''    | ''    | The response target must be a positive duration, e.g. PT24H. | ''
            business | 8h   | 1h | Europe/Berln  | 09:00 | 17:00 | Nothing was saved: the open hours need a correction (see below the schedule). | 'Europe/Berln' is not a time zone
            business | 8h   | 1h | Europe/Berlin | 18:00 | 09:00 | Nothing was saved: the open hours need a correction (see below the schedule). | Tuesday: 09:00 is before 18:00
            """)
    void aPolicyTheCommandLineWouldRefuseIsRefusedInWordsAndNotSaved(String clock, String target, String dueSoon,
                                                                       String zone, String from, String to,
                                                                       String expected, String besideTheHours) {
        showAsLead();
        var before = world.context.people().team(world.berlin.name()).policy();

        model.clockProperty().set(ClockKind.valueOf(clock.toUpperCase(java.util.Locale.ROOT)));
        model.targetProperty().set(target);
        model.dueSoonProperty().set(dueSoon);
        model.schedule().zoneProperty().set(zone);
        if (!from.isEmpty()) {
            var tuesday = model.schedule().day(java.time.DayOfWeek.TUESDAY);
            tuesday.openProperty().set(true);
            tuesday.intervals().get(0).fromProperty().set(from);
            tuesday.intervals().get(0).toProperty().set(to);
        }
        model.savePolicy();

        assertThat(model.problemProperty().get()).startsWith(expected);
        if (besideTheHours.isEmpty()) {
            assertThat(model.schedule().problemProperty().get()).isEmpty();
        } else {
            assertThat(model.schedule().problemProperty().get()).contains(besideTheHours);
        }
        assertThat(world.context.people().team(world.berlin.name()).policy()).isEqualTo(before);
    }

    @Test
    void anIntervalClosingBeforeItOpensIsNamedByItsWeekdayNextToTheHours() {
        showAsLead();
        model.clockProperty().set(ClockKind.BUSINESS);
        var tuesday = model.schedule().day(java.time.DayOfWeek.TUESDAY);
        tuesday.openProperty().set(true);
        tuesday.intervals().get(0).fromProperty().set("18:00");
        tuesday.intervals().get(0).toProperty().set("9:00");

        model.savePolicy();

        assertThat(model.schedule().problemProperty().get())
                .isEqualTo("Tuesday: 09:00 is before 18:00; mark it \"next day\" if it closes after midnight.");
        assertThat(world.context.people().team(world.berlin.name()).policy().clock()).isEqualTo(ClockKind.CALENDAR);
    }

    @Test
    void aRepMayLookButIsNotOfferedChanges() {
        model.show(world.anna, null);

        assertThat(model.canManageProperty().get()).isFalse();
        assertThat(model.canAddLoginsProperty().get()).isFalse();
        assertThat(model.members()).extracting(r -> r.name()).contains(world.anna.name());
    }
}
