package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.berlinTeamWithAnna();
        cli.ok("reps", "add", "--name", "Ben Okafor", "--email", "ben@x.example", "--team", "Support Berlin");
    }

    private String add(String kind, String rep, String customer, String received, String... more) {
        String[] base = {"add", kind, "--rep", rep, "--customer", customer, "--subject", "About " + customer,
                "--received", received};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return cli.ok(args).strip();
    }

    @Test
    void boardJsonHasTheDocumentedShape() throws Exception {
        add("callback", "anna@x.example", "Carla", "2026-11-20T09:00:00+01:00");
        String promise = add("commitment", "anna@x.example", "Dan", "2026-11-19T09:00:00+01:00", "--due",
                "2026-11-20T17:00:00+01:00");
        add("email", "ben@x.example", "Eve", "2026-11-23T09:00:00+01:00");

        JsonNode board = JSON.readTree(cli.ok("board", "--team", "Support Berlin", "--at", "2026-11-23T12:00:00+01:00",
                "--format", "json"));

        assertThat(board.get("team").asText()).isEqualTo("Support Berlin");
        assertThat(board.get("at").asText()).isEqualTo("2026-11-23T12:00:00+01:00");
        JsonNode anna = board.get("reps").get(0);
        assertThat(anna.get("rep").asText()).isEqualTo("anna@x.example");
        assertThat(anna.get("open").asInt()).isEqualTo(2);
        assertThat(anna.get("overdue_callbacks").asInt()).isEqualTo(1);
        assertThat(anna.get("overdue_emails").asInt()).isZero();
        assertThat(anna.get("overdue_commitments").asInt()).isEqualTo(1);
        assertThat(anna.get("oldest_overdue_s").asLong()).isEqualTo(3 * 24 * 3600 - 5 * 3600);
        assertThat(anna.get("due_soon").asInt()).isZero();
        assertThat(anna.get("inbox_open_emails").asInt()).isZero();
        assertThat(anna.get("inbox_status").asText()).isEqualTo("zero");
        assertThat(anna.get("on_time_pct_week").isNull()).isTrue();
        JsonNode ben = board.get("reps").get(1);
        assertThat(ben.get("inbox_status").asText()).isEqualTo("few");
        JsonNode late = board.get("overdue_commitments").get(0);
        assertThat(late.get("id").asText()).isEqualTo(promise);
        assertThat(late.get("rep").asText()).isEqualTo("anna@x.example");
        assertThat(late.get("customer").asText()).isEqualTo("Dan");
        assertThat(late.get("subject").asText()).isEqualTo("About Dan");
        assertThat(late.get("due_at").asText()).isEqualTo("2026-11-20T17:00:00+01:00");
        assertThat(late.get("late_s").asLong()).isEqualTo(2 * 24 * 3600 + 19 * 3600);
        assertThat(late.get("informed").asBoolean()).isFalse();
        assertThat(board.get("unreturned_calls")).hasSize(1);
        assertThat(board.get("trend").get("weeks")).hasSize(5);
    }

    @Test
    void reassigningSeveralItemsMovesThemAllAndRecordsTheReason() throws Exception {
        String first = add("callback", "anna@x.example", "Carla", "2026-11-20T09:00:00+01:00");
        String second = add("callback", "anna@x.example", "Dan", "2026-11-20T10:00:00+01:00");

        assertThat(cli.ok("reassign", first, second, "--to", "ben@x.example", "--reason", "Anna is off sick",
                "--at", "2026-11-23T09:00:00+01:00")).contains("Reassigned 2 items to ben@x.example");

        JsonNode board = JSON.readTree(cli.ok("board", "--team", "Support Berlin", "--format", "json"));
        assertThat(board.get("reps")).anySatisfy(rep -> {
            assertThat(rep.get("rep").asText()).isEqualTo("ben@x.example");
            assertThat(rep.get("open").asInt()).isEqualTo(2);
        });
        assertThat(cli.ok("history", first)).contains("reassigned", "Anna is off sick");
    }

    @Test
    void reassigningIsAllOrNothing() throws Exception {
        String first = add("callback", "anna@x.example", "Carla", "2026-11-20T09:00:00+01:00");
        String bens = add("callback", "ben@x.example", "Dan", "2026-11-20T10:00:00+01:00");

        CliRunner.Result result = cli.run("reassign", first, bens, "--to", "ben@x.example", "--reason", "cover");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("already belongs to that rep");
        assertThat(cli.ok("queue", "--rep", "anna@x.example", "--format", "csv")).contains("Carla");
    }

    @Test
    void boardTableLeadsWithTheTrend() {
        assertThat(cli.ok("board", "--team", "Support Berlin")).startsWith("Support Berlin, as of ")
                .contains("On time this week: no figures yet", "Overdue commitments", "Escalations, last 7 days");
    }
}
