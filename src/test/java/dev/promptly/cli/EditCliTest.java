package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit} records each changed field with its old and new value, and refuses in one line what it cannot do. */
class EditCliTest {

    @TempDir
    Path folder;

    private CliRunner cli;
    private String callback;
    private String commitment;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.ok("teams", "add", "Support Berlin", "--zone", "Europe/Berlin");
        cli.ok("reps", "add", "--name", "Anna Schmidt", "--email", "anna@x.example", "--team", "Support Berlin");
        callback = cli.ok("add", "callback", "--rep", "anna@x.example", "--customer", "Carla Diaz", "--subject",
                "Missed call", "--received", "2026-11-20T09:00:00Z").strip();
        commitment = cli.ok("add", "commitment", "--rep", "anna@x.example", "--customer", "Dana Lee", "--subject",
                "Send the quote", "--received", "2026-11-20T09:00:00Z", "--due", "2026-11-20T16:00:00Z").strip();
    }

    @Test
    void editsAreListedInTheHistoryWithFieldOldAndNew() {
        assertThat(cli.ok("edit", callback, "--subject", "Refund for order 118", "--email", "carla@example.com",
                "--at", "2026-11-20T10:00:00Z")).isEqualTo("Edited item " + callback + ": subject, email\n");
        assertThat(cli.ok("edit", commitment, "--due", "2026-11-21T16:00:00Z", "--at", "2026-11-20T11:00:00Z"))
                .contains("due");

        assertThat(cli.ok("history", callback, "--format", "csv")).contains(
                "edited,2026-11-20T11:00:00+01:00,anna@x.example,,,,,,,,subject,Missed call,Refund for order 118",
                ",email,,carla@example.com");
        assertThat(cli.ok("queue", "--rep", "anna@x.example", "--at", "2026-11-20T18:00:00Z", "--format", "csv"))
                .as("judged against the edited due time").contains("Dana Lee").doesNotContain("overdue");
    }

    @Test
    void whatCannotBeEditedIsRefusedInOneLineAndNothingIsWritten() {
        String before = cli.ok("history", callback, "--format", "csv");

        CliRunner.Result nothing = cli.run("edit", callback, "--at", "2026-11-20T10:00:00Z");
        CliRunner.Result same = cli.run("edit", callback, "--subject", "Missed call", "--at", "2026-11-20T10:00:00Z");
        CliRunner.Result target = cli.run("edit", callback, "--due", "2026-11-22T10:00:00Z", "--subject", "New",
                "--at", "2026-11-20T10:00:00Z");
        CliRunner.Result late = cli.run("edit", commitment, "--due", "2026-11-22T10:00:00Z",
                "--at", "2026-11-20T17:00:00Z");

        assertThat(nothing.err()).isEqualTo("promptly: say what to change: --subject, --due, --customer-name, "
                + "--phone, --email or --company\n");
        assertThat(same.err()).contains("already reads like that; nothing to change");
        assertThat(target.err()).contains("due by the team's response target");
        assertThat(late.err()).contains("is overdue; a due time that has passed stays as it was");
        assertThat(java.util.List.of(nothing, same, target, late)).allMatch(r -> r.exitCode() == 3);
        assertThat(cli.ok("history", callback, "--format", "csv")).isEqualTo(before);
    }

    @Test
    void undoTakesBackTheWholeEditTheCustomersEmailIncluded() {
        cli.ok("edit", callback, "--subject", "Refund for order 118", "--email", "carla@example.com",
                "--at", "2026-11-20T10:00:00Z");

        assertThat(cli.ok("undo", callback, "--at", "2026-11-20T10:01:00Z"))
                .isEqualTo("Undid the latest action on item " + callback + "\n");

        assertThat(cli.ok("items", "--format", "csv", "--at", "2026-11-20T10:02:00Z")).contains("Missed call")
                .doesNotContain("Refund");
        assertThat(cli.ok("customers", "list", "--format", "csv")).contains("Carla Diaz")
                .doesNotContain("carla@example.com");
    }
}
