package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person types is refused, in words and with nothing written, when it cannot be right. */
class InputBoundsCliTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.ok("teams", "add", "Support", "--zone", "UTC");
        cli.ok("reps", "add", "--name", "Anna Schmidt", "--email", "anna@x.example", "--team", "Support");
    }

    private CliRunner.Result add(String... options) {
        String[] base = {"add", "callback", "--rep", "anna@x.example", "--customer", "Carla Diaz"};
        String[] args = java.util.Arrays.copyOf(base, base.length + options.length);
        System.arraycopy(options, 0, args, base.length, options.length);
        return cli.run(args);
    }

    private void nothingWasWritten() {
        assertThat(cli.ok("items", "--format", "csv").lines()).hasSize(1);
        assertThat(cli.ok("customers", "list", "--format", "csv").lines()).hasSize(1);
    }

    @Test
    void anItemReceivedInTheFutureIsRefused() {
        CliRunner.Result result = add("--received", "2099-06-01T09:00:00Z");

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(result.err()).isEqualTo("promptly: the received time 2099-06-01T09:00:00Z is in the future (it is "
                + "2026-11-23T12:00:00Z now); record things when they have happened" + NL);
        nothingWasWritten();
    }

    @Test
    void anItemReceivedAMinuteFromNowIsRefusedLikeAnImportedOne() {
        assertThat(add("--received", "2026-11-23T12:01:00Z").exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(add("--received", "2026-11-23T12:00:00Z").exitCode()).isZero();
    }

    @Test
    void anItemReceivedInTheYearOneIsRefused() {
        CliRunner.Result result = add("--received", "0001-01-01T00:00:00Z");

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(result.err()).isEqualTo(
                "promptly: the received time 0001-01-01T00:00:00Z is not between the years 2000 and 2099" + NL);
        nothingWasWritten();
    }

    @Test
    void aDueOrRequestedTimeInTheYear9999IsRefused() {
        CliRunner.Result due = cli.run("add", "commitment", "--rep", "anna@x.example", "--customer", "Carla Diaz",
                "--received", "2026-11-20T10:00:00Z", "--due", "9999-12-31T17:00:00Z");
        CliRunner.Result requested = add("--received", "2026-11-20T10:00:00Z", "--requested", "2100-01-01T00:00:00Z");

        assertThat(due.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(due.err()).isEqualTo(
                "promptly: the due time 9999-12-31T17:00:00Z is not between the years 2000 and 2099" + NL);
        assertThat(requested.err()).contains("the requested time 2100-01-01T00:00:00Z is not between");
        nothingWasWritten();
    }

    @Test
    void aPromiseForTheYear9999IsRefused() {
        String id = add("--received", "2026-11-20T10:00:00Z").out().strip();

        CliRunner.Result result = cli.run("delay", id, "--until", "9999-01-01T00:00:00Z", "--note", "later");

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(result.err()).isEqualTo(
                "promptly: the promised time 9999-01-01T00:00:00Z is not between the years 2000 and 2099" + NL);
        assertThat(cli.ok("history", id, "--format", "csv").lines()).hasSize(2);
    }

    @Test
    void anActionDatedInTheFutureIsRefused() {
        String id = add("--received", "2026-11-20T10:00:00Z").out().strip();

        CliRunner.Result result = cli.run("attempt", id, "--outcome", "reached", "--at", "2026-11-24T09:00:00Z");

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(result.err()).isEqualTo("promptly: the action's time 2026-11-24T09:00:00Z is in the future (it is "
                + "2026-11-23T12:00:00Z now); record things when they have happened" + NL);
        assertThat(cli.ok("history", id, "--format", "csv").lines()).hasSize(2);
    }
}
