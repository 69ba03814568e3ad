package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code promptly import cdr} as a user runs it on a file the PBX wrote. */
class ImportCliTest {

    private static final String MISSED = "\"\",\"+4930111\",\"201\",\"from-pstn\",\"\"\"Carla Diaz\"\" <+4930111>\","
            + "\"PJSIP/trunk-1\",\"PJSIP/201-1\",\"Dial\",\"\",\"2026-11-20 16:40:00\",,\"2026-11-20 16:40:30\",30,0,"
            + "\"NO ANSWER\",\"DOCUMENTATION\"";
    /** The rep at extension 999 calling Carla back, unanswered. */
    private static final String CALL_BACK_BY_999 = "\"\",\"999\",\"+4930111\",\"from-internal\",\"<999>\","
            + "\"PJSIP/999-2\",\"PJSIP/trunk-2\",\"Dial\",\"\",\"2026-11-20 17:10:00\",,\"2026-11-20 17:10:30\",30,0,"
            + "\"NO ANSWER\",\"DOCUMENTATION\"";
    private static final String BROKEN = MISSED.replace("NO ANSWER", "MAYBE");

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.ok("teams", "add", "Support Berlin", "--zone", "Europe/Berlin");
        cli.ok("reps", "add", "--name", "Anna Schmidt", "--email", "anna@x.example", "--team", "Support Berlin",
                "--extension", "201");
    }

    private Path file(String... lines) throws Exception {
        return Files.writeString(folder.resolve("Master.csv"), String.join("\n", lines) + "\n");
    }

    @Test
    void importsAndSaysWhatItDid() throws Exception {
        Path file = file(MISSED);

        String out = cli.ok("import", "cdr", file.toString(), "--zone", "Europe/Berlin");

        assertThat(out).contains("Master.csv: 1 line, 1 call (0 imported before), times read in Europe/Berlin",
                "Missed calls: 1; callbacks created: 1", "Rows rejected: 0");
        assertThat(cli.ok("queue", "--rep", "anna@x.example", "--format", "csv"))
                .contains("Missed call from Carla Diaz (+4930111)");
        assertThat(cli.ok("import", "cdr", file.toString(), "--zone", "Europe/Berlin"))
                .contains("1 call (1 imported before)", "callbacks created: 0");
    }

    @Test
    void aMissedCallToAnExtensionNoRepHasWaitsUntilTheRepIsAdded() throws Exception {
        Path file = file(MISSED.replace("\"201\"", "\"999\"").replace("PJSIP/201-1", "PJSIP/999-1"),
                MISSED.replace("\"201\"", "\"999\"").replace("PJSIP/201-1", "PJSIP/999-1")
                        .replace("16:40:", "16:50:"),
                MISSED.replace("\"201\"", "\"204\"").replace("PJSIP/201-1", "PJSIP/204-1"),
                CALL_BACK_BY_999);

        String first = cli.ok("import", "cdr", file.toString(), "--utc");
        JsonNode again = new ObjectMapper().readTree(cli.ok("import", "cdr", file.toString(), "--utc",
                "--format", "json"));

        assertThat(first).contains("4 calls (0 imported before)", "Missed calls: 0; callbacks created: 0",
                "3 missed calls to extensions no rep has: 999 (2), 204 (1); add the reps and import again",
                "1 call back from a phone no rep has, or to a caller waiting for one, waits to be imported with them");
        assertThat(again.get("already_imported").asInt()).isZero();
        assertThat(again.get("missed_for_no_rep").get("999").asInt()).isEqualTo(2);
        assertThat(again.get("notice").asText()).startsWith("3 missed calls to extensions no rep has");

        cli.ok("reps", "add", "--name", "Ben Ortiz", "--email", "ben@x.example", "--team", "Support Berlin",
                "--extension", "999");
        String afterRep = cli.ok("import", "cdr", file.toString(), "--utc");

        assertThat(afterRep).contains("4 calls (0 imported before)", "Missed calls: 2; callbacks created: 1; "
                + "repeat calls added: 1", "Attempts matched: 1",
                "1 missed call to an extension no rep has: 204 (1); add the rep and import again");
        assertThat(cli.ok("queue", "--rep", "ben@x.example", "--format", "csv").lines())
                .hasSize(2).anyMatch(l -> l.contains("Missed call from Carla Diaz (+4930111)"));
        assertThat(cli.ok("import", "cdr", file.toString(), "--utc"))
                .contains("4 calls (3 imported before)", "callbacks created: 0", "204 (1)");
    }

    @Test
    void badLinesStopTheImportWithExitThreeUnlessSkippedIntoARejectsFile() throws Exception {
        Path file = file(MISSED, BROKEN);

        CliRunner.Result refused = cli.run("import", "cdr", file.toString(), "--utc");

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.out()).contains("line 2: unknown disposition 'MAYBE'");
        assertThat(refused.err()).contains("nothing imported: 1 line cannot be read");
        assertThat(cli.ok("queue", "--rep", "anna@x.example", "--format", "csv").lines()).hasSize(1);

        JsonNode skipped = new ObjectMapper().readTree(cli.ok("import", "cdr", file.toString(), "--utc",
                "--skip-invalid", "--format", "json"));

        assertThat(skipped.get("callbacks_created").asInt()).isEqualTo(1);
        assertThat(skipped.get("rows_rejected").asInt()).isEqualTo(1);
        assertThat(skipped.get("rejected").get(0).get("line").asInt()).isEqualTo(2);
        Path rejects = folder.resolve("Master.rejects.csv");
        assertThat(skipped.get("rejects_file").asText()).isEqualTo(rejects.toString());
        assertThat(Files.readString(rejects)).isEqualTo(BROKEN + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rejects))).isEqualTo("rw-------");
    }

    @Test
    void aNegativeBillsecOrDurationIsRefusedWithItsLine() throws Exception {
        String negativeBillsec = MISSED.replace(",30,0,", ",30,-5,");
        String negativeDuration = MISSED.replace(",30,0,", ",-30,0,").replace("16:40:", "16:45:");
        Path file = file(negativeBillsec, negativeDuration);

        CliRunner.Result refused = cli.run("import", "cdr", file.toString(), "--utc");

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.out()).contains("line 1: billsec -5 is negative", "line 2: duration -30 is negative");
        assertThat(cli.ok("queue", "--rep", "anna@x.example", "--format", "csv").lines()).hasSize(1);
        assertThat(cli.ok("import", "cdr", file.toString(), "--utc", "--skip-invalid"))
                .contains("Rows rejected: 2 (written to");
        assertThat(cli.ok("queue", "--rep", "anna@x.example", "--format", "csv").lines()).hasSize(1);
    }

    @Test
    void aFileThatIsNotCallDetailIsRefusedInWords() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(17).nextBytes(garbage);
        Path binary = Files.write(folder.resolve("Master.csv"), garbage);

        CliRunner.Result notCdr = cli.run("import", "cdr", binary.toString(), "--utc");
        Path utf16 = Files.write(folder.resolve("Master.csv"), ("\uFEFF" + MISSED + "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        CliRunner.Result wide = cli.run("import", "cdr", utf16.toString(), "--utc", "--skip-invalid");

        assertThat(notCdr.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(notCdr.err())
                .isEqualTo("promptly: this is not a text file, so not a call-detail file (it holds binary data)\n");
        assertThat(notCdr.out()).isEmpty();
        assertThat(wide.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(wide.err()).startsWith("promptly: this file is UTF-16; save it as UTF-8");
        assertThat(Files.exists(folder.resolve("Master.rejects.csv"))).isFalse();
        assertThat(cli.ok("queue", "--rep", "anna@x.example", "--format", "csv").lines()).hasSize(1);
    }

    @Test
    void aDryRunListsWhatItWouldMake() throws Exception {
        String out = cli.ok("import", "cdr", file(MISSED).toString(), "--zone", "Europe/Berlin", "--dry-run");

        assertThat(out).contains("callbacks would be created: 1", "Dry run: nothing was changed",
                "callback 2026-11-20T16:40:00+01:00  Anna Schmidt  Carla Diaz <+4930111> missed call");
        assertThat(cli.ok("queue", "--rep", "anna@x.example", "--format", "csv").lines()).hasSize(1);
    }

    @Test
    void aDryRunShowsControlCharactersOfTheFileEscaped() throws Exception {
        String out = cli.ok("import", "cdr", file(MISSED.replace("Carla Diaz", "Carla\u001b]0;x\u0007")).toString(),
                "--utc", "--dry-run");

        assertThat(out).contains("Anna Schmidt  Carla\\u001b]0;x\\u0007 <+4930111> missed call")
                .doesNotContain("\u001b", "\u0007");
    }

    @Test
    void mistakesInTheCommandAreClear() throws Exception {
        Path file = file(MISSED);

        CliRunner.Result unknownColumn = cli.run("import", "cdr", file.toString(), "--utc", "--columns", "src,dts");
        CliRunner.Result missingColumns = cli.run("import", "cdr", file.toString(), "--utc", "--columns", "src,dst");
        CliRunner.Result bothZones = cli.run("import", "cdr", file.toString(), "--utc", "--zone", "Europe/Berlin");
        CliRunner.Result noFile = cli.run("import", "cdr", folder.resolve("nope.csv").toString(), "--utc");

        assertThat(unknownColumn.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(unknownColumn.err()).contains("'dts' is not a call-detail column");
        assertThat(missingColumns.err()).contains("--columns lacks channel, dstchannel, lastapp, start, billsec, "
                + "disposition");
        assertThat(bothZones.exitCode()).isEqualTo(2);
        assertThat(noFile.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(noFile.err()).contains("there is no file");
    }

    @Test
    void importsACsvFileAndWritesTheRowsItLeftOutBesideIt() throws Exception {
        Path csv = Files.writeString(folder.resolve("history.csv"), String.join("\n",
                "kind,rep,customer,received_at,responded_at",
                "callback,anna@x.example,Carla Diaz,2026-11-20T10:00:00+01:00,2026-11-20T11:00:00+01:00",
                "callback,nobody@x.example,Dan,2026-11-20T10:00:00+01:00,") + "\n");

        CliRunner.Result refused = cli.run("import", "csv", csv.toString());
        String skipped = cli.ok("import", "csv", csv.toString(), "--skip-invalid");

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.out()).contains("line 3: no rep with the email nobody@x.example");
        assertThat(skipped).contains("history.csv: 2 rows (0 imported before)", "Items created: 1",
                "Rows rejected: 1 (written to " + folder.resolve("history.rejects.csv") + ")");
        assertThat(Files.readString(folder.resolve("history.rejects.csv")))
                .isEqualTo("callback,nobody@x.example,Dan,2026-11-20T10:00:00+01:00,\n");
        assertThat(cli.ok("import", "csv", csv.toString(), "--skip-invalid", "--dry-run"))
                .contains("2 rows (1 imported before)", "Items would be created: 0");
    }
}
