package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.testing.Workbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code promptly import csv} refusing what is not a readable spreadsheet, in words, and writing nothing. */
class CsvImportCliTest {

    private static final String HEADER = "kind,rep,customer,subject,received_at";
    private static final String GOOD = "callback,anna@x.example,Carla Diaz,Invoice,2026-11-20T10:00:00+01:00";
    private static final String GOOD_TOO = "callback,anna@x.example,Dan Brown,Quote,2026-11-20T11:00:00+01:00";

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.berlinTeamWithAnna();
    }

    private Path csv(String... lines) throws Exception {
        return Files.writeString(folder.resolve("history.csv"), String.join("\n", lines) + "\n");
    }

    private Path bytes(byte[] content) throws Exception {
        return Files.write(folder.resolve("history.csv"), content);
    }

    /** The items in the store, one line each (the CSV listing's header is left out). */
    private long items() {
        return cli.ok("items", "--rep", "anna@x.example", "--format", "csv").lines().count() - 1;
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLineAndTheRestComeInWithSkipInvalid() throws Exception {
        String broken = "callback,anna@x.example,\"Carla Diaz,Invoice,2026-11-20T10:00:00+01:00";
        Path file = csv(HEADER, GOOD, broken, GOOD_TOO);

        CliRunner.Result refused = cli.run("import", "csv", file.toString());
        CliRunner.Result dryRun = cli.run("import", "csv", file.toString(), "--dry-run");

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.out()).contains("line 3: a quoted field is not closed");
        assertThat(refused.err()).startsWith("promptly: nothing imported: 1 line cannot be read")
                .doesNotContain("\tat ");
        assertThat(dryRun.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(dryRun.out()).contains("line 3: a quoted field is not closed");
        assertThat(items()).isZero();

        String skipped = cli.ok("import", "csv", file.toString(), "--skip-invalid");

        assertThat(skipped).contains("Items created: 2", "line 3: a quoted field is not closed");
        assertThat(Files.readString(folder.resolve("history.rejects.csv"))).isEqualTo(broken + "\n");
        assertThat(items()).isEqualTo(2);
    }

    @Test
    void oneRowIsCountedAsOne() throws Exception {
        assertThat(cli.ok("import", "csv", csv(HEADER, GOOD).toString())).startsWith("history.csv: 1 row (0 imported "
                + "before)");
    }

    @Test
    void aFollowUpWithoutDueAtIsRefusedSayingItNeedsDueAtWhateverElseItHas() throws Exception {
        Path file = csv("kind,rep,customer,received_at,due_at",
                "follow-up,anna@x.example,Carla Diaz,2026-11-20T10:00:00+01:00,",
                "follow-up,anna@x.example,Dan Brown,,");

        CliRunner.Result refused = cli.run("import", "csv", file.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.out()).contains("  line 2: a follow-up needs due_at\n", "  line 3: a follow-up needs due_at\n");
        assertThat(items()).isZero();
    }

    @Test
    void textAfterAClosingQuoteIsRefusedWithItsLine() throws Exception {
        Path file = csv(HEADER, GOOD, "callback,anna@x.example,\"Carla\" Diaz,Invoice,2026-11-20T10:00:00+01:00");

        CliRunner.Result refused = cli.run("import", "csv", file.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.out()).contains("line 3: text after a closing quote");
        assertThat(items()).isZero();
    }

    @Test
    void aQuotedFieldMayHoldCommasQuotesAndLineBreaks() throws Exception {
        Path file = csv(HEADER, "callback,anna@x.example,\"Diaz, Carla\",\"Said \"\"call me\"\"\nafter 5\","
                + "2026-11-20T10:00:00+01:00", GOOD_TOO, "callback,anna@x.example,Eve,\"x\"y,2026-11-20T10:00:00Z");

        CliRunner.Result refused = cli.run("import", "csv", file.toString());

        assertThat(refused.out()).as("lines are counted through the line break in quotes")
                .contains("line 5: text after a closing quote").doesNotContain("line 2", "line 4");
        assertThat(cli.ok("import", "csv", file.toString(), "--skip-invalid")).contains("Items created: 2");
        assertThat(cli.ok("items", "--rep", "anna@x.example", "--format", "json"))
                .contains("Diaz, Carla", "Said \\\"call me\\\"\\nafter 5");
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsRefusedWithItsLineUnlessTheyAreEmpty() throws Exception {
        Path file = csv(HEADER, GOOD + ",,", GOOD_TOO + ",extra");

        CliRunner.Result refused = cli.run("import", "csv", file.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.out()).contains("line 3: 6 fields, but the header names 5 columns")
                .doesNotContain("line 2");
        assertThat(items()).isZero();
    }

    @Test
    void aHeaderThatBreaksTheQuotingIsRefusedWithItsLine() throws Exception {
        CliRunner.Result refused = cli.run("import", "csv", csv("kind,rep,\"customer,received_at", GOOD).toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.err()).startsWith("promptly: line 1: a quoted field is not closed");
        assertThat(items()).isZero();
    }

    @Test
    void aHeaderNamingAColumnTwiceIsRefused() throws Exception {
        Path file = csv("kind,rep,customer,subject,received_at,Subject", GOOD + ",Other");

        CliRunner.Result refused = cli.run("import", "csv", file.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.err()).isEqualTo("promptly: the header names the column 'subject' twice\n");
        assertThat(items()).isZero();
    }

    @Test
    void aFileInUtf16IsRefusedWithWhatToDo() throws Exception {
        String text = String.join("\r\n", HEADER, GOOD) + "\r\n";
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] bigEndian = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        byte[] withoutBom = text.getBytes(StandardCharsets.UTF_16LE);

        for (byte[] content : new byte[][] {withBom, bigEndian, withoutBom}) {
            CliRunner.Result refused = cli.run("import", "csv", bytes(content).toString());

            assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
            assertThat(refused.err()).startsWith("promptly: this file is UTF-16; save it as UTF-8");
            assertThat(refused.out()).isEmpty();
        }
        assertThat(items()).isZero();
    }

    @Test
    void anExcelWorkbookIsRefusedInWordsWithExitThree() throws Exception {
        CliRunner.Result xlsx = cli.run("import", "csv", bytes(Workbooks.xlsx(HEADER, GOOD)).toString());
        CliRunner.Result xls = cli.run("import", "csv", bytes(Workbooks.xls()).toString());

        assertThat(xlsx.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(xlsx.err()).isEqualTo("promptly: this is an Excel workbook: save it as CSV UTF-8 first (in Excel: "
                + "File > Save As > CSV UTF-8)\n");
        assertThat(xls.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(xls.err()).startsWith("promptly: this is an Excel workbook (Excel 97-2003): save it as CSV UTF-8");
        assertThat(xlsx.out() + xls.out()).isEmpty();
        assertThat(items()).isZero();
    }

    @Test
    void binaryDataIsNotACsvFileAndNoMessageCarriesRawControlCharacters() throws Exception {
        byte[] garbage = new byte[2048];
        new java.util.Random(17).nextBytes(garbage);

        CliRunner.Result binary = cli.run("import", "csv", bytes(garbage).toString());
        CliRunner.Result escapeInHeader = cli.run("import", "csv", csv("kind,rep,customer,received_at,\u001b[31mred")
                .toString());
        CliRunner.Result escapeInRow = cli.run("import", "csv", csv(HEADER,
                "callback,anna@x.example,Carla,Invoice,\u001b]0;owned\u0007 2026").toString());

        assertThat(binary.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(binary.err()).isEqualTo("promptly: this is not a text file, so not a CSV file (it holds binary data)\n");
        assertThat(escapeInHeader.err()).contains("unknown column '\\u001b[31mred'");
        assertThat(escapeInRow.out()).contains("line 2: received_at '\\u001b]0;owned\\u0007 2026' is not a time");
        for (CliRunner.Result result : new CliRunner.Result[] {binary, escapeInHeader, escapeInRow}) {
            assertThat(result.out() + result.err()).doesNotContain("\u001b", "\u0007");
        }
        assertThat(items()).isZero();
    }

    @Test
    void aDryRunShowsControlCharactersOfTheFileEscaped() throws Exception {
        Path file = csv(HEADER, "callback,anna@x.example,Carla \u001b[2J Diaz,Invoice\u0007,2026-11-20T10:00:00+01:00");

        String out = cli.ok("import", "csv", file.toString(), "--dry-run");

        assertThat(out).contains("line 2: callback for Anna Schmidt from Carla \\u001b[2J Diaz, Invoice\\u0007 (open)")
                .doesNotContain("\u001b", "\u0007");
    }

    @Test
    void theRejectsFileIsForItsOwnerOnly() throws Exception {
        Path file = csv(HEADER, GOOD, "callback,nobody@x.example,Dan,Quote,2026-11-20T10:00:00+01:00");

        cli.ok("import", "csv", file.toString(), "--skip-invalid");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                folder.resolve("history.rejects.csv")))).isEqualTo("rw-------");
    }
}
