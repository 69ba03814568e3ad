package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text longer than any real subject, name or note is refused in words, wherever it comes in, and nothing is written.
 */
class LengthLimitsCliTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.ok("teams", "add", "Support", "--zone", "UTC");
        cli.ok("reps", "add", "--name", "Anna Schmidt", "--email", "anna@x.example", "--team", "Support");
        cli.ok("reps", "add", "--name", "Ben Okafor", "--email", "ben@x.example", "--team", "Support");
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    private void refused(CliRunner.Result result, String message) {
        assertThat(result.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(result.err()).isEqualTo("promptly: " + message + NL);
        assertThat(result.out()).isEmpty();
    }

    private CliRunner.Result addCallback(String customer, String subject) {
        return cli.run("add", "callback", "--rep", "anna@x.example", "--customer", customer, "--subject", subject,
                "--received", "2026-11-20T10:00:00Z");
    }

    @Test
    void a120KilobyteSubjectIsRefusedSayingHowLongItMayBe() {
        refused(addCallback("Carla", text(120_000)),
                "a subject may be at most 200 characters; this one has 120,000");

        assertThat(cli.ok("items", "--format", "csv").lines()).hasSize(1);
        assertThat(cli.ok("customers", "list", "--format", "csv").lines()).hasSize(1);
        assertThat(addCallback("Carla", text(200)).exitCode()).isZero();
    }

    @Test
    void namesEmailsAndPhonesHaveLimits() {
        refused(addCallback(text(101), "Call"), "a customer name may be at most 100 characters; this one has 101");
        refused(cli.run("customers", "add", "--name", "Carla", "--phone", "+49 " + text(40)),
                "a phone number may be at most 40 characters; this one has 44");
        refused(cli.run("teams", "add", text(150), "--zone", "UTC"),
                "a team name may be at most 100 characters; this one has 150");
        refused(cli.run("reps", "add", "--name", text(101), "--email", "c@x.example", "--team", "Support"),
                "a rep name may be at most 100 characters; this one has 101");
        refused(cli.run("reps", "add", "--name", "Carl", "--email", text(250) + "@x.example", "--team", "Support"),
                "an email address may be at most 254 characters; this one has 260");

        assertThat(cli.ok("customers", "list", "--format", "csv").lines()).hasSize(1);
        assertThat(cli.ok("teams", "list", "--format", "csv").lines()).hasSize(2);
        assertThat(cli.ok("reps", "list", "--format", "csv").lines()).hasSize(3);
    }

    @Test
    void notesAndReasonsHaveLimits() {
        String id = addCallback("Carla", "Call").out().strip();
        String at = "2026-11-20T11:00:00Z";

        refused(cli.run("note", id, text(2001), "--at", at),
                "a note may be at most 2,000 characters; this one has 2,001");
        refused(cli.run("attempt", id, "--outcome", "busy", "--note", text(5000), "--at", at),
                "a note may be at most 2,000 characters; this one has 5,000");
        refused(cli.run("delay", id, "--until", "2026-11-25T10:00:00Z", "--note", text(2001), "--at", at),
                "a note may be at most 2,000 characters; this one has 2,001");
        refused(cli.run("escalate", id, "--to", "ben@x.example", "--reason", text(2001), "--at", at),
                "a reason may be at most 2,000 characters; this one has 2,001");
        refused(cli.run("reassign", id, "--to", "ben@x.example", "--reason", text(2001), "--at", at),
                "a reason may be at most 2,000 characters; this one has 2,001");

        assertThat(cli.ok("history", id, "--format", "csv").lines()).hasSize(2);
        assertThat(cli.run("note", id, text(2000), "--at", at).exitCode()).isZero();
    }

    @Test
    void aCsvRowWithAnOverlongFieldIsAnInvalidRowWithItsLine() throws Exception {
        Path csv = Files.writeString(folder.resolve("history.csv"), String.join("\n",
                "kind,rep,customer,subject,received_at",
                "callback,anna@x.example,Carla Diaz,Call,2026-11-20T10:00:00+01:00",
                "callback,anna@x.example,Dan Brown," + text(300) + ",2026-11-20T10:00:00+01:00",
                "callback,anna@x.example," + text(120) + ",Call,2026-11-20T10:00:00+01:00") + "\n");

        CliRunner.Result refused = cli.run("import", "csv", csv.toString());
        String skipped = cli.ok("import", "csv", csv.toString(), "--skip-invalid");

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.out()).contains("line 3: a subject may be at most 200 characters; this one has 300",
                "line 4: a customer name may be at most 100 characters; this one has 120");
        assertThat(skipped).contains("Items created: 1", "Rows rejected: 2");
        assertThat(cli.ok("items", "--format", "csv").lines()).hasSize(2);
    }

    @Test
    void aMailWithAnOverlongSubjectAndSenderNameIsImportedShortenedNotRefused() throws Exception {
        Path mbox = Files.writeString(folder.resolve("anna.mbox"), String.join("\n",
                "From carla@acme.example Fri Nov 20 10:00:00 2026",
                "From: \"" + "Carla ".repeat(30) + "\" <carla@acme.example>",
                "To: anna@x.example",
                "Date: Fri, 20 Nov 2026 10:00:00 +0100",
                "Subject: " + "Where is my order? ".repeat(20),
                "Message-ID: <c1@acme.example>",
                "",
                "Hello") + "\n");

        cli.ok("import", "mbox", mbox.toString(), "--rep", "anna@x.example");

        var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.ok("items", "--format", "json"));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("subject").asText()).hasSize(200)
                .startsWith("Where is my order? Where is my order?");
        assertThat(items.get(0).get("customer").asText()).hasSize(100).startsWith("Carla Carla").endsWith("\u2026");
    }
}
