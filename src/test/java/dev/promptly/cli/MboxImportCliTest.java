package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code promptly import mbox} refusing what is not a mailbox, and naming the messages it read only in part. */
class MboxImportCliTest {

    private static final String ASKS = String.join("\n", "From carla@acme.example Mon Nov 16 09:00:00 2026",
            "From: Carla Diaz <carla@acme.example>", "To: anna@x.example", "Date: Mon, 16 Nov 2026 10:00:00 +0100",
            "Subject: Where is my order?", "Message-ID: <c1@acme.example>", "", "Hello,", "", "");

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.berlinTeamWithAnna();
    }

    private Path mbox(String content) throws Exception {
        return Files.writeString(folder.resolve("Mail.mbox"), content);
    }

    private long emails() {
        return cli.ok("items", "--rep", "anna@x.example", "--format", "csv").lines().count() - 1;
    }

    @Test
    void aFileThatIsNotAMailboxIsRefused() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(17).nextBytes(garbage);
        Path binary = Files.write(folder.resolve("garbage.mbox"), garbage);

        CliRunner.Result text = cli.run("import", "mbox", mbox("Dear Anna,\n\nFrom now on...\n" + ASKS).toString(),
                "--rep", "anna@x.example");
        CliRunner.Result bytes = cli.run("import", "mbox", binary.toString(), "--rep", "anna@x.example");

        assertThat(text.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(text.err()).isEqualTo("promptly: not an mbox file: no 'From ' line found (line 1 is the first "
                + "that is not empty)\n");
        assertThat(text.out()).isEmpty();
        assertThat(bytes.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(bytes.err()).startsWith("promptly: not an mbox file: no 'From ' line found");
        assertThat(emails()).isZero();
        assertThat(cli.ok("customers", "list", "--format", "csv").lines()).hasSize(1);
    }

    @Test
    void anEmptyFileIsAnEmptyMailbox() throws Exception {
        assertThat(cli.ok("import", "mbox", mbox("").toString(), "--rep", "anna@x.example"))
                .contains("Mail.mbox: 0 messages");
    }

    @Test
    void oneMessageIsCountedAsOne() throws Exception {
        assertThat(cli.ok("import", "mbox", mbox(ASKS).toString(), "--rep", "anna@x.example"))
                .startsWith("Mail.mbox: 1 message (0 duplicates), 1 thread, 1 period awaiting a reply (0 imported "
                        + "before)\n");
    }

    @Test
    void sinceIsDescribedAsAnInstantThatLeavesOutPeriods() {
        String help = cli.ok("import", "mbox", "--help");

        assertThat(help).contains("--since=T", "Leave out periods awaiting a reply that began before T")
                .doesNotContain("DATE", "conversations");
        assertThat(cli.run("import", "mbox", "x.mbox", "--rep", "anna@x.example", "--since", "2026-11-01")
                .exitCode()).isEqualTo(Cli.INVALID_DATA);
    }

    @Test
    void messagesReadOnlyInPartAreImportedWithAWarningNamingThem() throws Exception {
        String badDate = ASKS.replace("c1@", "c2@").replace("Date: Mon, 16 Nov 2026 10:00:00 +0100",
                "Date: sometime last week").replace("Where is", "And where is");
        String cutOff = String.join("\n", "From dan@brown.example Tue Nov 17 08:00:00 2026",
                "From: Dan Brown <dan@brown.example>", "To: anna@x.example", "Message-ID: <d1@brown.example>",
                "Subject: Quo");
        Path file = mbox(ASKS + badDate + cutOff);

        String out = cli.ok("import", "mbox", file.toString(), "--rep", "anna@x.example", "--dry-run");
        JsonNode json = new ObjectMapper().readTree(cli.ok("import", "mbox", file.toString(), "--rep",
                "anna@x.example", "--format", "json"));

        assertThat(out).contains("3 messages", "Warnings: 3",
                "  message <c2@acme.example> at line 10 has a Date that cannot be read ('sometime last week'); the "
                        + "time on its 'From ' line is used",
                "  message <d1@brown.example> at line 19 is cut off in its headers (the file ends there); what it "
                        + "has is imported",
                "  message <d1@brown.example> at line 19 has no Date; the time on its 'From ' line is used");
        assertThat(json.get("warnings")).hasSize(3);
        assertThat(json.get("items_created").asInt()).isEqualTo(3);
        assertThat(emails()).isEqualTo(3);
    }
}
