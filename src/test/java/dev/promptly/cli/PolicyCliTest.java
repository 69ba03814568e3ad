package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICE = """
            {"zone":"Europe/Berlin","holiday_calendar":"DE-BY",
             "hours":{"mon":[["09:00","17:00"]],"tue":[["09:00","17:00"]],"wed":[["09:00","17:00"]],
                      "thu":[["09:00","17:00"]],"fri":[["09:00","17:00"]]},
             "exceptions":{"2026-12-24":[["09:00","12:00"]]}}""";

    @TempDir
    Path folder;

    private CliRunner cli;
    private Path schedule;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(folder.resolve("promptly.db"));
        schedule = Files.writeString(folder.resolve("office.json"), OFFICE);
        cli.ok("teams", "add", "Support Berlin", "--zone", "Europe/Berlin");
        cli.ok("reps", "add", "--name", "Anna", "--email", "anna@x.example", "--team", "Support Berlin");
    }

    private String callback(String received) {
        return cli.ok("add", "callback", "--rep", "anna@x.example", "--customer", "Carla", "--received", received)
                .strip();
    }

    private JsonNode item(String id) throws Exception {
        for (JsonNode row : JSON.readTree(cli.ok("items", "--format", "json"))) {
            if (row.get("id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void slaCommandsCountOnTheScheduleFile() {
        String file = schedule.toString();

        assertThat(cli.ok("sla", "add", "--schedule", file, "--from", "2026-11-20T16:55:00+01:00", "--duration", "PT8H")
                .strip()).isEqualTo("2026-11-23T16:55:00+01:00");
        assertThat(cli.ok("sla", "elapsed", "--schedule", file, "--from", "2026-11-20T16:00:00+01:00", "--to",
                "2026-11-23T10:00:00+01:00").strip()).isEqualTo("7200");
        assertThat(cli.ok("sla", "next-open", "--schedule", file, "--at", "2026-12-24T12:00:00+01:00").strip())
                .isEqualTo("2026-12-28T09:00:00+01:00");
    }

    @Test
    void aMalformedScheduleIsRefusedNamingTheFileAndThePlace() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"),
                "{\"zone\":\"Europe/Berlin\",\"hours\":{\"mon\":[[\"09:00\",\"17:00\"],[\"16:00\",\"18:00\"]]}}");

        CliRunner.Result result = cli.run("teams", "set-policy", "Support Berlin", "--clock", "business", "--target",
                "PT8H", "--schedule", bad.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("bad.json: hours.mon: 09:00-17:00 and 16:00-18:00 overlap");
        assertThat(cli.run("sla", "add", "--schedule", folder.resolve("missing.json").toString(), "--from",
                "2026-11-20T16:55:00+01:00", "--duration", "PT8H").err()).contains("no such file");
        assertThat(cli.ok("teams", "show", "Support Berlin")).contains("Clock:     calendar");
    }

    @Test
    void theBusinessClockNeedsASchedule() {
        CliRunner.Result result = cli.run("teams", "set-policy", "Support Berlin", "--clock", "business", "--target", "PT8H");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("needs a schedule");
    }

    @Test
    void aPolicyChangeAppliesToNewItemsAndRecalculationMovesOpenOnes() throws Exception {
        String before = callback("2026-11-20T16:55:00+01:00");
        String answered = callback("2026-11-20T10:00:00+01:00");
        cli.ok("attempt", answered, "--outcome", "reached", "--at", "2026-11-20T11:00:00+01:00");

        cli.ok("teams", "set-policy", "Support Berlin", "--clock", "business", "--target", "PT8H", "--due-soon", "PT2H",
                "--schedule", schedule.toString());
        String after = callback("2026-11-20T16:55:00+01:00");

        assertThat(item(before).get("due_at").asText()).isEqualTo("2026-11-21T16:55:00+01:00");
        assertThat(item(after).get("due_at").asText()).isEqualTo("2026-11-23T16:55:00+01:00");

        JsonNode moved = JSON.readTree(cli.ok("teams", "recalculate", "Support Berlin", "--at",
                "2026-11-20T18:00:00+01:00", "--format", "json"));

        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).get("id").asText()).isEqualTo(before);
        assertThat(moved.get(0).get("due_was").asText()).isEqualTo("2026-11-21T16:55:00+01:00");
        assertThat(moved.get(0).get("due_now").asText()).isEqualTo("2026-11-23T16:55:00+01:00");
        assertThat(moved.get(0).get("moved_s").asLong()).isEqualTo(2 * 24 * 3600);
        assertThat(item(before).get("due_at").asText()).isEqualTo("2026-11-23T16:55:00+01:00");
        assertThat(item(answered).get("due_at").asText()).as("done items keep their due time")
                .isEqualTo("2026-11-21T10:00:00+01:00");
        assertThat(cli.ok("history", before)).contains("recalculated", "PT8H on the business clock");
        assertThat(JSON.readTree(cli.ok("teams", "recalculate", "Support Berlin", "--format", "json")))
                .as("nothing moves twice").isEmpty();
    }

    @Test
    void stateOnTheBusinessClockIgnoresTheWeekend() throws Exception {
        cli.ok("teams", "set-policy", "Support Berlin", "--clock", "business", "--target", "PT8H", "--due-soon", "PT2H",
                "--schedule", schedule.toString());
        String id = callback("2026-11-20T16:55:00+01:00");

        JsonNode saturday = JSON.readTree(cli.ok("queue", "--at", "2026-11-21T16:56:00+01:00", "--format", "json"));
        JsonNode mondayMorning = JSON.readTree(cli.ok("queue", "--at", "2026-11-23T15:00:00+01:00", "--format", "json"));
        JsonNode mondayEvening = JSON.readTree(cli.ok("queue", "--at", "2026-11-23T17:00:00+01:00", "--format", "json"));

        assertThat(saturday.get(0).get("id").asText()).isEqualTo(id);
        assertThat(saturday.get(0).get("state").asText()).isEqualTo("pending");
        assertThat(mondayMorning.get(0).get("state").asText()).isEqualTo("due-soon");
        assertThat(mondayEvening.get(0).get("state").asText()).isEqualTo("overdue");
    }

    @Test
    void showPrintsThePolicyAndScheduleInEveryFormat() throws Exception {
        cli.ok("teams", "set-policy", "Support Berlin", "--clock", "business", "--target", "PT8H",
                "--schedule", schedule.toString());

        assertThat(cli.ok("teams", "show", "Support Berlin")).contains("Clock:     business", "Target:    PT8H",
                "Due soon:  PT4H", "Mon 09:00-17:00", "Sat closed", "public holidays of DE-BY", "2026-12-24 09:00-12:00");
        JsonNode json = JSON.readTree(cli.ok("teams", "show", "Support Berlin", "--format", "json"));
        assertThat(json.get("clock").asText()).isEqualTo("business");
        assertThat(json.get("schedule").get("hours").get("mon").get(0).get(1).asText()).isEqualTo("17:00");
        assertThat(cli.ok("teams", "list", "--format", "csv")).contains("Support Berlin,Europe/Berlin,business,PT8H,PT4H");
    }

    @Test
    void aPolicyChangeDoesNotRewriteWhatPastListingsShow() throws Exception {
        callback("2026-11-20T10:00:00+01:00");
        String before = cli.ok("queue", "--at", "2026-11-21T05:00:00+01:00", "--format", "json");

        cli.ok("teams", "set-policy", "Support Berlin", "--clock", "business", "--target", "PT8H", "--due-soon",
                "PT8H", "--schedule", schedule.toString());

        assertThat(JSON.readTree(before).get(0).get("state").asText()).isEqualTo("pending");
        assertThat(cli.ok("queue", "--at", "2026-11-21T05:00:00+01:00", "--format", "json")).isEqualTo(before);
    }
}
