package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code promptly sync imap} against a real IMAP server, the password from an environment variable. */
class SyncCliTest {

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
            .withPerMethodLifecycle(true);

    @TempDir
    Path folder;

    private Path store;

    @BeforeEach
    void setUp() {
        store = folder.resolve("promptly.db");
        CliRunner cli = new CliRunner(store);
        cli.berlinTeamWithAnna();
        SERVER.setUser("anna@x.example", "anna@x.example", "secret");
    }

    private CliRunner.Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(new PrintWriter(out, true), new PrintWriter(err, true),
                env, Clock.systemUTC()); // GreenMail dates what it receives now
        return new CliRunner.Result(Cli.run(environment, args), out.toString(), err.toString());
    }

    @Test
    void firstSyncKeepsTheServerAndLaterSyncsNeedOnlyTheRep() throws Exception {
        GreenMailUtil.sendTextEmail("anna@x.example", "carla@acme.example", "Order 1234", "Where is it?",
                ServerSetupTest.SMTP);
        Map<String, String> env = Map.of("PROMPTLY_DB", store.toString(), "MAIL_PASSWORD", "secret");

        CliRunner.Result first = run(env, "sync", "imap", "--rep", "anna@x.example", "--host", "localhost",
                "--port", String.valueOf(ServerSetupTest.IMAP.getPort()), "--tls", "none",
                "--password-env", "MAIL_PASSWORD");
        CliRunner.Result again = run(env, "sync", "imap", "--rep", "anna@x.example",
                "--password-env", "MAIL_PASSWORD", "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Fetched 1 message (1 new)", "Email items created: 1",
                "Inbox: 1 message, 1 unread, 1 unanswered: few");
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.get("fetched").asInt()).isZero();
        assertThat(json.get("inbox").get("status").asText()).isEqualTo("few");
    }

    @Test
    void mistakesAreSaidPlainly() {
        Map<String, String> env = Map.of("PROMPTLY_DB", store.toString(), "MAIL_PASSWORD", "wrong");

        CliRunner.Result noAccount = run(env, "sync", "imap", "--rep", "anna@x.example", "--password-env",
                "MAIL_PASSWORD");
        CliRunner.Result wrongPassword = run(env, "sync", "imap", "--rep", "anna@x.example", "--host", "localhost",
                "--port", String.valueOf(ServerSetupTest.IMAP.getPort()), "--tls", "none", "--password-env",
                "MAIL_PASSWORD");
        CliRunner.Result noVariable = run(env, "sync", "imap", "--rep", "anna@x.example", "--password-env", "NOPE");

        assertThat(noAccount.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(noAccount.err()).isEqualTo("promptly: anna@x.example has no mailbox set up yet; give --host (--port, "
                + "--user and --tls have defaults)\n");
        assertThat(wrongPassword.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(wrongPassword.err()).contains("refused the user name or password");
        assertThat(noVariable.err()).contains("the environment variable NOPE is not set");
    }

    @Test
    void aFailedSyncKeepsTheEarlierServerSettings() throws Exception {
        Map<String, String> env = Map.of("PROMPTLY_DB", store.toString(), "MAIL_PASSWORD", "secret",
                "WRONG_PASSWORD", "wrong");
        String goodPort = String.valueOf(ServerSetupTest.IMAP.getPort());
        assertThat(run(env, "sync", "imap", "--rep", "anna@x.example", "--host", "localhost", "--port", goodPort,
                "--tls", "none", "--password-env", "MAIL_PASSWORD").exitCode()).isZero();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CliRunner.Result wrongPort = run(env, "sync", "imap", "--rep", "anna@x.example", "--host", "localhost",
                "--port", String.valueOf(closedPort), "--tls", "none", "--password-env", "MAIL_PASSWORD");
        CliRunner.Result wrongPassword = run(env, "sync", "imap", "--rep", "anna@x.example", "--host", "127.0.0.1",
                "--port", goodPort, "--tls", "none", "--user", "someone", "--password-env", "WRONG_PASSWORD");
        GreenMailUtil.sendTextEmail("anna@x.example", "carla@acme.example", "Order 1234", "Where is it?",
                ServerSetupTest.SMTP);
        CliRunner.Result withTheKeptSettings = run(env, "sync", "imap", "--rep", "anna@x.example",
                "--password-env", "MAIL_PASSWORD");

        assertThat(wrongPort.exitCode()).isEqualTo(Cli.CONFLICT);
        assertThat(wrongPort.err()).contains("localhost:" + closedPort + " did not answer", "nothing was changed");
        assertThat(wrongPassword.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(withTheKeptSettings.exitCode()).as(withTheKeptSettings.err()).isZero();
        assertThat(withTheKeptSettings.out()).contains("Fetched 1 message (1 new)");
    }

    @Test
    void aFailedFirstSyncSetsUpNoMailbox() {
        Map<String, String> env = Map.of("PROMPTLY_DB", store.toString(), "MAIL_PASSWORD", "wrong");
        assertThat(run(env, "sync", "imap", "--rep", "anna@x.example", "--host", "localhost", "--port",
                String.valueOf(ServerSetupTest.IMAP.getPort()), "--tls", "none", "--password-env", "MAIL_PASSWORD")
                .exitCode()).isEqualTo(Cli.INVALID_DATA);

        CliRunner.Result after = run(env, "sync", "imap", "--rep", "anna@x.example", "--password-env",
                "MAIL_PASSWORD");

        assertThat(after.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(after.err()).contains("anna@x.example has no mailbox set up yet");
    }
}
