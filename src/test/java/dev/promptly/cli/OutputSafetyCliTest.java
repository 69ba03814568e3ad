package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Promptly prints is safe for a terminal, and the CSV it writes safe for a spreadsheet. */
class OutputSafetyCliTest {

    private static final String ESC = "\u001b";
    private static final String RED_NAME = ESC + "[31mCarla" + ESC + "[0m";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.ok("teams", "add", "Support", "--zone", "UTC");
        cli.ok("reps", "add", "--name", "@SUM(A1:A9)", "--email", "anna@x.example", "--team", "Support");
    }

    private String addCallback(String customer, String subject) {
        return cli.ok("add", "callback", "--rep", "anna@x.example", "--customer", customer, "--subject", subject,
                "--received", "2026-11-20T10:00:00Z").strip();
    }

    @Test
    void controlCharactersAreEscapedInTablesAndCsvButKeptAsTypedInTheStore() throws Exception {
        String id = addCallback(RED_NAME, "Bell\u0007 and\ttab");

        for (String[] listing : new String[][] {{"items"}, {"queue", "--rep", "anna@x.example"},
                {"customers", "list"}, {"items", "--format", "csv"}, {"queue", "--rep", "anna@x.example",
                "--format", "csv"}, {"customers", "list", "--format", "csv"}}) {
            String out = cli.ok(listing);
            assertThat(out).as(String.join(" ", listing)).doesNotContain(ESC, "\u0007", "\t")
                    .contains("\\u001b[31mCarla\\u001b[0m");
        }
        assertThat(cli.ok("items").lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("Bell\\u0007 and\\ttab"));
        // JSON escapes control characters itself, and carries the text exactly as stored.
        String json = cli.ok("items", "--format", "json");
        assertThat(json).doesNotContain(ESC);
        assertThat(new ObjectMapper().readTree(json).get(0).get("customer").asText()).isEqualTo(RED_NAME);
        assertThat(id).isEqualTo("1");
    }

    @Test
    void aLineBreakInANoteKeepsTheHistoryTableOneRowPerEvent() {
        String id = addCallback("Carla", "Missed call");
        cli.ok("note", id, "first line\nsecond line\r\n" + ESC + "]0;owned" + "\u0007", "--at", "2026-11-20T11:00:00Z");

        String table = cli.ok("history", id);

        assertThat(table.lines()).hasSize(3);
        assertThat(table).contains("first line\\nsecond line\\r\\n\\u001b]0;owned\\u0007").doesNotContain(ESC);
    }

    @Test
    void anErrorMessageQuotingWhatWasTypedEscapesIt() {
        CliRunner.Result result = cli.run("teams", "show", "Evil" + ESC + "[2J");

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(result.err()).isEqualTo("promptly: no team named 'Evil\\u001b[2J'" + System.lineSeparator());
    }

    @Test
    void aMessageNamingWhatWasAddedEscapesIt() {
        assertThat(cli.ok("teams", "add", "Red" + ESC + "[31m", "--zone", "UTC"))
                .startsWith("Added team Red\\u001b[31m (UTC").doesNotContain(ESC);
    }

    @Test
    void csvListingsNeutraliseFormulasInEveryTextCell() {
        String id = addCallback(FORMULA, "+cmd|' /C calc'!A0");
        cli.ok("note", id, "--at", "2026-11-20T11:00:00Z", "--", "-2+3");

        assertThat(cli.ok("items", "--format", "csv"))
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", "'+cmd|' /C calc'!A0");
        assertThat(cli.ok("queue", "--rep", "anna@x.example", "--format", "csv"))
                .contains("'=HYPERLINK(", "'+cmd|");
        assertThat(cli.ok("customers", "list", "--format", "csv").lines())
                .anySatisfy(line -> assertThat(line).contains(",\"'=HYPERLINK("));
        assertThat(cli.ok("reps", "list", "--format", "csv").lines())
                .containsExactly("id,name,email,team,role,extension", "1,'@SUM(A1:A9),anna@x.example,Support,rep,");
        assertThat(cli.ok("history", id, "--format", "csv")).contains(",'-2+3,");
        // Not in JSON, which nobody opens as a spreadsheet.
        assertThat(cli.ok("items", "--format", "json")).doesNotContain("'=HYPERLINK");
    }

    @Test
    void anImportsPreviewAndRejectedLinesEscapeWhatTheFileHolds() throws Exception {
        Path csv = java.nio.file.Files.writeString(folder.resolve("history.csv"), String.join("\n",
                "kind,rep,customer,subject,received_at",
                "callback,anna@x.example,Carla " + ESC + "[31mDiaz,Call,2026-11-20T10:00:00Z",
                "callback,anna" + ESC + "[8m@x.example,Dan,Call,2026-11-20T10:00:00Z") + "\n");

        String out = cli.ok("import", "csv", csv.toString(), "--skip-invalid", "--dry-run");

        assertThat(out).doesNotContain(ESC)
                .contains("line 2: callback for @SUM(A1:A9) from Carla \\u001b[31mDiaz, Call",
                        "line 3: no rep with the email anna\\u001b[8m@x.example");
    }

    @Test
    void aReportNamingARepWithControlCharactersExportsInEveryFormat() {
        cli.ok("reps", "add", "--name", "Ben" + ESC + "[31m\tOkafor\u0007", "--email", "ben@x.example", "--team",
                "Support");
        addCallback("Carla", "Call");

        for (String extension : new String[] {"csv", "xlsx", "pdf", "json"}) {
            Path file = folder.resolve("summary." + extension);
            CliRunner.Result result = cli.run("report", "weekly", "--week", "2026-W47", "--out", file.toString());
            assertThat(result.exitCode()).as(extension + ": " + result.err()).isZero();
        }
        assertThat(cli.ok("report", "weekly", "--week", "2026-W47", "--format", "csv"))
                .contains("Ben\\u001b[31m\\tOkafor\\u0007").doesNotContain(ESC);
    }

    @Test
    void jsonEscapesTheControlCharactersJacksonLeavesAsTheyAre() throws Exception {
        String name = "Zo\u00eb \u009b2J \u202egnp.exe \u007f";
        addCallback(name, "Call");

        String json = cli.ok("items", "--format", "json");
        String report = cli.ok("report", "weekly", "--week", "2026-W47", "--format", "json");

        assertThat(json).doesNotContain("\u009b", "\u202e", "\u007f").contains("Zo\u00eb \\u009b2J \\u202egnp.exe");
        assertThat(new ObjectMapper().readTree(json).get(0).get("customer").asText()).isEqualTo(name);
        assertThat(report).doesNotContain(ESC, "\u009b");
    }
}
