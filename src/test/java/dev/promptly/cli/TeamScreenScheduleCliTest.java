package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.people.Team;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.InvalidScheduleException;
import dev.promptly.sla.ScheduleDraft;
import dev.promptly.testing.StoreBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Team screen's open-hours form and the command line keep one schedule, on both stores: hours saved from the
 * form (dates with hours of their own included) read back through {@code teams show} exactly as the same schedule
 * file gives them, and a schedule set from the command line loads into the form and saves back unchanged.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class TeamScreenScheduleCliTest {

    private static final String OFFICE = """
            {"zone":"Europe/Berlin","holiday_calendar":"DE-BY",
             "hours":{"mon":[["08:00","12:00"],["13:00","17:00"]],"tue":[["09:00","17:00"]],"wed":[["09:00","17:00"]],
                      "thu":[["09:00","17:00"]],"fri":[["09:00","15:00"]],"sat":[["22:00","06:00"]]},
             "holidays":["2026-12-25"],
             "exceptions":{"2026-12-24":[["09:00","12:00"]],"2026-12-31":[]}}""";

    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    private CliRunner cli;
    private AppContext app;

    @BeforeEach
    void setUp() {
        StoreLocation store = backend.newStore(folder);
        cli = new CliRunner(store);
        cli.ok("teams", "add", "Support Berlin", "--zone", "Europe/Berlin");
        cli.ok("teams", "add", "Support Hamburg", "--zone", "Europe/Berlin");
        app = AppContext.open(store, null, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private static ScheduleDraft.Day open(String from, String to) {
        return new ScheduleDraft.Day(true, List.of(new ScheduleDraft.Interval(from, to, false)));
    }

    /** "Support Berlin" as the form shows it after the schedule's header lines of {@code teams show}. */
    private String scheduleShown(String team) {
        String shown = cli.ok("teams", "show", team);
        return shown.substring(shown.indexOf("Schedule:"));
    }

    @Test
    void hoursSavedFromTheFormReadBackThroughTheCommandLineAsTheSameScheduleFile() throws Exception {
        Map<DayOfWeek, ScheduleDraft.Day> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, open("9:00", "17.00"));
        }
        week.put(DayOfWeek.SATURDAY, new ScheduleDraft.Day(true,
                List.of(new ScheduleDraft.Interval("22:00", "06:00", true))));
        week.put(DayOfWeek.SUNDAY, new ScheduleDraft.Day(false, List.of()));
        Team berlin = app.people().team("Support Berlin");

        // A half day on New Year's Eve, a normally open Wednesday closed, and a Friday night shift of its own.
        Map<LocalDate, ScheduleDraft.Day> dated = Map.of(
                LocalDate.of(2026, 12, 31), open("9 am", "1200"),
                LocalDate.of(2026, 12, 30), new ScheduleDraft.Day(false, List.of()),
                LocalDate.of(2027, 1, 8), new ScheduleDraft.Day(true,
                        List.of(new ScheduleDraft.Interval("20:00", "2:00", true))));

        app.teamSetup().setPolicy(berlin, ClockKind.BUSINESS, "8h", "1h", new ScheduleDraft("Europe/Berlin", week,
                List.of(LocalDate.of(2026, 12, 24)), "de-by", dated));
        Path file = Files.writeString(folder.resolve("same.json"), """
                {"zone":"Europe/Berlin","holiday_calendar":"DE-BY","holidays":["2026-12-24"],
                 "hours":{"mon":[["09:00","17:00"]],"tue":[["09:00","17:00"]],"wed":[["09:00","17:00"]],
                          "thu":[["09:00","17:00"]],"fri":[["09:00","17:00"]],"sat":[["22:00","06:00"]]},
                 "exceptions":{"2027-01-08":[["20:00","02:00"]],"2026-12-30":[],"2026-12-31":[["09:00","12:00"]]}}""");
        cli.ok("teams", "set-policy", "Support Hamburg", "--clock", "business", "--target", "PT8H", "--due-soon",
                "PT1H", "--schedule", file.toString());

        assertThat(scheduleShown("Support Berlin")).isEqualTo(scheduleShown("Support Hamburg"))
                .contains("Mon 09:00-17:00").contains("Sat 22:00-06:00").contains("Sun closed")
                .contains("holidays 2026-12-24").contains("public holidays of DE-BY")
                .contains("2026-12-30 closed").contains("2026-12-31 09:00-12:00").contains("2027-01-08 20:00-02:00");
        assertThat(cli.ok("teams", "show", "Support Berlin", "--format", "json"))
                .contains("\"clock\" : \"business\"")
                .isEqualTo(cli.ok("teams", "show", "Support Hamburg", "--format", "json")
                        .replace("Support Hamburg", "Support Berlin"));
    }

    @Test
    void aScheduleSetFromTheCommandLineLoadsIntoTheFormAndSavesBackUnchanged() throws Exception {
        Path file = Files.writeString(folder.resolve("office.json"), OFFICE);
        cli.ok("teams", "set-policy", "Support Berlin", "--clock", "business", "--target", "PT8H", "--schedule",
                file.toString());
        String before = cli.ok("teams", "show", "Support Berlin", "--format", "json");
        Team berlin = app.people().team("Support Berlin");

        ScheduleDraft form = ScheduleDraft.of(berlin.policy().schedule(), berlin.zone());
        assertThat(form.days().get(DayOfWeek.MONDAY).intervals()).containsExactly(
                new ScheduleDraft.Interval("08:00", "12:00", false), new ScheduleDraft.Interval("13:00", "17:00", false));
        assertThat(form.days().get(DayOfWeek.SATURDAY).intervals())
                .containsExactly(new ScheduleDraft.Interval("22:00", "06:00", true));
        assertThat(form.holidays()).containsExactly(LocalDate.of(2026, 12, 25));
        assertThat(form.exceptions()).containsOnly(
                Map.entry(LocalDate.of(2026, 12, 24), open("09:00", "12:00")),
                Map.entry(LocalDate.of(2026, 12, 31), new ScheduleDraft.Day(false, List.of())));
        app.teamSetup().setPolicy(berlin, ClockKind.BUSINESS, "8h", "4h", form);

        assertThat(cli.ok("teams", "show", "Support Berlin", "--format", "json")).isEqualTo(before);
    }

    @Test
    void aRefusedFormSavesNothing() {
        Team berlin = app.people().team("Support Berlin");
        String before = cli.ok("teams", "show", "Support Berlin", "--format", "json");

        assertThatThrownBy(() -> app.teamSetup().setPolicy(berlin, ClockKind.BUSINESS, "8h", "1h",
                new ScheduleDraft("Europe/Berlin", Map.of(DayOfWeek.TUESDAY, open("18:00", "09:00")), List.of(), "",
                        Map.of())))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessage("Tuesday: 09:00 is before 18:00; mark it \"next day\" if it closes after midnight");

        assertThat(cli.ok("teams", "show", "Support Berlin", "--format", "json")).isEqualTo(before);
    }
}
