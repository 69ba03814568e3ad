package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An item's history says who did each thing, also when it was not the item's owner. */
class ActorsCliTest {

    private static final String AT = "2026-11-20T11:00:00Z";

    @TempDir
    Path folder;

    private CliRunner cli;
    private String id;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.ok("teams", "add", "Support", "--zone", "UTC");
        cli.ok("reps", "add", "--name", "Anna Schmidt", "--email", "anna@x.example", "--team", "Support");
        cli.ok("reps", "add", "--name", "Ben Okafor", "--email", "ben@x.example", "--team", "Support");
        cli.ok("reps", "add", "--name", "Lena Wolf", "--email", "lena@x.example", "--team", "Support", "--role",
                "lead");
        id = cli.ok("add", "callback", "--rep", "anna@x.example", "--customer", "Carla", "--received",
                "2026-11-20T10:00:00Z").strip();
    }

    private JsonNode lastEvent(CliRunner runner) throws Exception {
        JsonNode history = new ObjectMapper().readTree(runner.ok("history", id, "--format", "json"));
        return history.get(history.size() - 1);
    }

    @Test
    void anAttemptByAColleagueIsRecordedAsTheirs() throws Exception {
        cli.ok("attempt", id, "--outcome", "no-answer", "--by", "ben@x.example", "--at", AT);

        JsonNode attempt = lastEvent(cli);
        assertThat(attempt.get("event").asText()).isEqualTo("attempt");
        assertThat(attempt.get("by").asText()).isEqualTo("ben@x.example");
    }

    @Test
    void aReassignmentRecordsTheLeadWhoMadeIt() throws Exception {
        assertThat(cli.ok("reassign", id, "--to", "ben@x.example", "--reason", "Anna is away", "--by",
                "lena@x.example", "--at", AT)).isEqualTo("Reassigned 1 item to ben@x.example" + System.lineSeparator());

        JsonNode reassigned = lastEvent(cli);
        assertThat(reassigned.get("event").asText()).isEqualTo("reassigned");
        assertThat(reassigned.get("by").asText()).isEqualTo("lena@x.example");
        assertThat(reassigned.get("from").asText()).isEqualTo("anna@x.example");
        assertThat(reassigned.get("to").asText()).isEqualTo("ben@x.example");
        assertThat(cli.ok("history", id)).containsPattern("reassigned +2026-11-20T11:00:00Z +lena@x.example");
    }

    @Test
    void theUserNamedInPromptlyUserActsWhenNoByIsGiven() throws Exception {
        CliRunner asLena = new CliRunner(folder.resolve("promptly.db"), Map.of("PROMPTLY_USER", "lena@x.example"));

        asLena.ok("escalate", id, "--to", "ben@x.example", "--reason", "needs billing", "--at", AT);
        assertThat(lastEvent(asLena).get("by").asText()).isEqualTo("lena@x.example");

        asLena.ok("note", id, "called the bank", "--by", "ben@x.example", "--at", AT);
        assertThat(lastEvent(asLena).get("by").asText()).isEqualTo("ben@x.example");
    }

    @Test
    void withoutByAnActionIsTheOwnersAsBeforeAndAReassignmentNobodys() throws Exception {
        cli.ok("attempt", id, "--outcome", "busy", "--at", AT);
        assertThat(lastEvent(cli).get("by").asText()).isEqualTo("anna@x.example");

        cli.ok("reassign", id, "--to", "ben@x.example", "--reason", "Anna is away", "--at", AT);
        assertThat(lastEvent(cli).get("by").isNull()).isTrue();
    }

    @Test
    void anUnknownActorIsRefusedAndNothingIsRecorded() throws Exception {
        CliRunner.Result result = cli.run("complete", id, "--by", "nobody@x.example", "--at", AT);

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(result.err()).isEqualTo("promptly: no rep with email 'nobody@x.example'" + System.lineSeparator());
        assertThat(lastEvent(cli).get("event").asText()).isEqualTo("created");
        CliRunner.Result fromEnvironment = new CliRunner(folder.resolve("promptly.db"),
                Map.of("PROMPTLY_USER", "lena@x.exmaple")).run("complete", id, "--at", AT);
        assertThat(fromEnvironment.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(fromEnvironment.err()).isEqualTo("promptly: no rep with email 'lena@x.exmaple' (from PROMPTLY_USER)"
                + System.lineSeparator());
        assertThat(lastEvent(cli).get("event").asText()).isEqualTo("created");
    }

    @Test
    void aCallBackFromAColleaguesExtensionIsRecordedAsTheirAttempt() throws Exception {
        cli.ok("reps", "add", "--name", "Dora Lang", "--email", "dora@x.example", "--team", "Support", "--extension",
                "201");
        cli.ok("reps", "add", "--name", "Emil Roth", "--email", "emil@x.example", "--team", "Support", "--extension",
                "202");
        String missed = "\"\",\"+4930111\",\"201\",\"from-pstn\",\"\"\"Carla Diaz\"\" <+4930111>\",\"PJSIP/trunk-1\","
                + "\"PJSIP/201-1\",\"Dial\",\"\",\"2026-11-20 16:40:00\",,\"2026-11-20 16:40:30\",30,0,\"NO ANSWER\","
                + "\"DOCUMENTATION\"";
        String emilTries = "\"\",\"202\",\"+4930111\",\"from-internal\",\"\"\"Emil\"\" <202>\",\"PJSIP/202-2\","
                + "\"PJSIP/trunk-2\",\"Dial\",\"\",\"2026-11-20 17:05:00\",,\"2026-11-20 17:05:20\",20,0,\"NO ANSWER\","
                + "\"DOCUMENTATION\"";
        String emilReaches = emilTries.replace("PJSIP/202-2", "PJSIP/202-3").replace("17:05:", "18:10:")
                .replace(",,", ",\"2026-11-20 18:10:05\",").replace("20,0,\"NO ANSWER\"", "20,15,\"ANSWERED\"");
        // The missed call and Emil's first try in one file (the callback is made by that import), his second in a
        // later one (the callback is stored by then).
        java.nio.file.Path first = java.nio.file.Files.writeString(folder.resolve("first.csv"), missed + "\n"
                + emilTries + "\n");
        java.nio.file.Path second = java.nio.file.Files.writeString(folder.resolve("second.csv"), emilReaches + "\n");

        cli.ok("import", "cdr", first.toString(), "--zone", "Europe/Berlin");
        cli.ok("import", "cdr", second.toString(), "--zone", "Europe/Berlin");

        JsonNode items = new ObjectMapper().readTree(cli.ok("items", "--rep", "dora@x.example", "--format", "json"));
        String callback = items.get(0).get("id").asText();
        JsonNode history = new ObjectMapper().readTree(cli.ok("history", callback, "--format", "json"));
        assertThat(history).extracting(e -> e.get("event").asText() + " by " + e.get("by").asText())
                .containsExactly("created by null", "attempt by emil@x.example", "attempt by emil@x.example");
    }
}
