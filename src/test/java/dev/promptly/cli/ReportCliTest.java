package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code promptly report weekly} in every format, read back with the tools a manager's files meet. */
class ReportCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "2026-11-23T12:00:00+01:00";

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
        cli.berlinTeamWithAnna();
        cli.ok("reps", "add", "--name", "=HYPERLINK(\"http://evil.example\")", "--email", "eve@x.example",
                "--team", "Support Berlin");
        // Anna: a call returned in 3 hours (on time), an email answered after 2 days (late), one promise kept.
        String call = add("callback", "Carla", "2026-11-16T09:00:00+01:00");
        cli.ok("attempt", call, "--outcome", "reached", "--at", "2026-11-16T12:00:00+01:00");
        String email = add("email", "Dan", "2026-11-17T09:00:00+01:00");
        cli.ok("reply", email, "--at", "2026-11-19T09:00:00+01:00");
        String promise = add("commitment", "Fay", "2026-11-16T10:00:00+01:00", "--due", "2026-11-20T17:00:00+01:00");
        cli.ok("complete", promise, "--at", "2026-11-20T16:00:00+01:00");
    }

    private String add(String kind, String customer, String received, String... more) {
        String[] base = {"add", kind, "--rep", "anna@x.example", "--customer", customer, "--subject",
            "About " + customer, "--received", received};
        return cli.ok(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new)).strip();
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode report = JSON.readTree(cli.ok("report", "weekly", "--week", "2026-W47", "--team", "Support Berlin",
                "--at", AT, "--format", "json"));

        assertThat(report.get("week").asText()).isEqualTo("2026-W47");
        assertThat(report.get("team").asText()).isEqualTo("Support Berlin");
        assertThat(report.get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(report.get("from").asText()).isEqualTo("2026-11-16T00:00:00+01:00");
        assertThat(report.get("to").asText()).isEqualTo("2026-11-23T00:00:00+01:00");
        assertThat(report.get("as_of").asText()).isEqualTo(AT);
        assertThat(report.get("reps")).extracting(r -> r.get("rep").asText()).as("by name: '=' sorts first")
                .containsExactly("eve@x.example", "anna@x.example");
        JsonNode anna = report.get("reps").get(1);
        assertThat(anna.get("name").asText()).isEqualTo("Anna Schmidt");
        JsonNode callbacks = anna.get("callbacks");
        assertThat(callbacks.get("received").asInt()).isEqualTo(1);
        assertThat(callbacks.get("on_time").asInt()).isEqualTo(1);
        assertThat(callbacks.get("median_response_s").asLong()).isEqualTo(3 * 3600);
        assertThat(callbacks.get("p90_response_s").asLong()).isEqualTo(3 * 3600);
        assertThat(callbacks.get("median_response_business_s").isNull()).isTrue();
        assertThat(anna.get("emails").get("late").asInt()).isEqualTo(1);
        assertThat(anna.get("commitments").get("due").asInt()).isEqualTo(1);
        assertThat(anna.get("commitments").get("kept").asInt()).isEqualTo(1);
        assertThat(anna.get("on_time_pct").asDouble()).isEqualTo(66.7);
        assertThat(anna.get("escalations_out").asInt()).isZero();
        assertThat(anna.get("inbox").get("status").asText()).isEqualTo("zero");
        JsonNode total = report.get("team_total");
        assertThat(total.has("rep")).isFalse();
        assertThat(total.get("emails").get("received").asInt()).isEqualTo(1);
        assertThat(total.get("emails").get("median_response_s").asLong()).isEqualTo(48 * 3600);
        JsonNode weeks = report.get("trend").get("weeks");
        assertThat(weeks).hasSize(8);
        assertThat(weeks.get(0).get("week").asText()).isEqualTo("2026-W40");
        assertThat(weeks.get(7).get("on_time_pct").asDouble()).isEqualTo(66.7);
        assertThat(report.get("trend").get("alert").asBoolean()).isFalse();
    }

    @Test
    void csvHasFlatColumnsATotalRowAndNoFormulas() throws Exception {
        String csv = cli.ok("report", "weekly", "--week", "2026-W47", "--team", "Support Berlin", "--at", AT,
                "--format", "csv", "--out", "-");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(csv)).getRecords();
        assertThat(rows).hasSize(3);
        Map<String, CSVRecord> byName = rows.stream().collect(Collectors.toMap(r -> r.get("name"), r -> r));
        assertThat(byName).containsKeys("Anna Schmidt", "Total", "'=HYPERLINK(\"http://evil.example\")");
        assertThat(byName.get("Anna Schmidt").get("callbacks_on_time")).isEqualTo("1");
        assertThat(byName.get("Anna Schmidt").get("emails_median_response_s")).isEqualTo("172800");
        assertThat(byName.get("Anna Schmidt").get("emails_median_response_business_s")).isEmpty();
        assertThat(byName.get("Total").get("on_time_pct")).isEqualTo("66.7");
        assertThat(byName.get("Total").get("rep")).isEmpty();
    }

    @Test
    void csvHasAWeekColumnLastOnEveryRow() throws Exception {
        String csv = cli.ok("report", "weekly", "--week", "2026-W47", "--at", AT, "--format", "csv", "--out", "-");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(csv)).getRecords();
        List<String> header = rows.get(0).getParser().getHeaderNames();
        assertThat(header.get(header.size() - 1)).isEqualTo("week");
        assertThat(header.subList(0, 3)).containsExactly("team", "rep", "name");
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r.get("week")).isEqualTo("2026-W47"));
        assertThat(rows.get(3).get("team")).isEqualTo("All teams");
    }

    @Test
    void xlsxIsAWorkbookForPeopleWithTitleHoursTrendAndDefinitions() throws Exception {
        Path file = folder.resolve("summary.xlsx");
        cli.ok("report", "weekly", "--week", "2026-W47", "--team", "Support Berlin", "--at", AT, "--out",
                file.toString());

        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Support Berlin", "Trend", "Definitions");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Weekly responsiveness summary — Support Berlin");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(
                    "Week 2026-W47 · Mon 16 Nov – Sun 22 Nov 2026 · Europe/Berlin · as of 2026-11-23 12:00 CET");
            List<String> groups = text(rows.get(3));
            List<String> labels = text(rows.get(4));
            assertThat(labels).doesNotContain("callbacks_on_time", "on_time_pct")
                    .contains("Rep", "On time", "Median answer time", "On time %", "Escalations made");
            int callbacksOnTime = labels.indexOf("On time");
            assertThat(groups.get(labels.indexOf("Received"))).as("over its columns").isEqualTo("Callbacks");
            int emailsMedian = labels.indexOf("Median answer time") + 10;
            assertThat(labels.get(emailsMedian)).isEqualTo("Median answer time");
            assertThat(groups.subList(0, emailsMedian + 1)).contains("Emails");

            Row anna = rows.get(6);
            assertThat(anna.getCellText(labels.indexOf("Rep"))).isEqualTo("Anna Schmidt");
            Cell onTime = anna.getCell(callbacksOnTime);
            assertThat(onTime.getType()).isEqualTo(CellType.NUMBER);
            assertThat(onTime.asNumber()).isEqualByComparingTo("1");
            Cell answered = anna.getCell(emailsMedian);
            assertThat(answered.getType()).isEqualTo(CellType.NUMBER);
            assertThat(answered.asNumber()).as("48 hours, not 172800 seconds").isEqualByComparingTo("48");
            assertThat(answered.getDataFormatString()).isEqualTo("0.0\\ \\h");
            Row total = rows.get(7);
            assertThat(total.getCellText(labels.indexOf("Rep"))).isEqualTo("Total");
            assertThat(total.getCell(labels.indexOf("On time %")).asNumber()).isEqualByComparingTo("66.7");

            List<Row> trend = sheets.get(1).read();
            assertThat(trend.get(0).getCellText(1)).isEqualTo("Support Berlin");
            assertThat(trend.get(8).getCellText(0)).isEqualTo("2026-W47");
            assertThat(trend.get(8).getCell(1).asNumber()).isEqualByComparingTo("66.7");

            String definitions = sheets.get(2).read().stream()
                    .map(r -> String.join(" | ", text(r))).collect(Collectors.joining("\n"));
            assertThat(definitions).contains("Callbacks and emails received in the week", "open_overdue",
                    "the nearest-rank 90th percentile", "On-time rate").doesNotContain("**", "](#");
        }
    }

    private static List<String> text(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    @Test
    void allTeamsIsTheDefaultWithATeamsList() throws Exception {
        JsonNode report = JSON.readTree(cli.ok("report", "weekly", "--week", "2026-W47", "--at", AT));

        assertThat(report.get("team").isNull()).isTrue();
        assertThat(report.get("zone").isNull()).isTrue();
        assertThat(report.get("teams").get(0).get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(report.get("reps").get(1).get("team").asText()).isEqualTo("Support Berlin");
        assertThat(report.get("team_total").get("callbacks").get("received").asInt()).isEqualTo(1);
    }

    @Test
    void defaultsToTheWeekContainingAt() throws Exception {
        JsonNode report = JSON.readTree(cli.ok("report", "weekly", "--team", "Support Berlin", "--at",
                "2026-11-20T12:00:00+01:00"));

        assertThat(report.get("week").asText()).isEqualTo("2026-W47");
        JsonNode anna = report.get("reps").get(1);
        assertThat(anna.get("callbacks").get("on_time").asInt()).isEqualTo(1);
        assertThat(anna.get("emails").get("late").asInt()).isEqualTo(1);
        assertThat(anna.get("commitments").get("pending").asInt()).isEqualTo(1);
    }

    @Test
    void refusesMistakesWithAClearMessageAndWritesNothing() throws Exception {
        CliRunner.Result badWeek = cli.run("report", "weekly", "--week", "2026-47", "--format", "csv");
        CliRunner.Result binaryToTerminal = cli.run("report", "weekly", "--format", "pdf", "--out", "-");
        CliRunner.Result noFolder = cli.run("report", "weekly", "--out", folder.resolve("nope/r.csv").toString());
        CliRunner.Result badFormat = cli.run("report", "weekly", "--format", "docx");

        assertThat(badWeek.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(badWeek.err()).contains("2026-W47").doesNotContain("Exception");
        assertThat(binaryToTerminal.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(binaryToTerminal.err()).contains("give --out FILE");
        assertThat(noFolder.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(badFormat.exitCode()).as("a wrong option value is a usage error").isEqualTo(2);
        assertThat(badFormat.err()).contains("json, csv, xlsx, pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "pdf"})
    void anExportedFileIsReadableByItsOwnerOnlyEvenWhenItReplacesAnOpenOne(String extension) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews()
                .contains("posix"));
        Path exported = Files.writeString(folder.resolve("summary." + extension), "an earlier export");
        Files.setPosixFilePermissions(exported, PosixFilePermissions.fromString("rw-r--r--"));

        cli.ok("report", "weekly", "--out", exported.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(exported))).isEqualTo("rw-------");
        assertThat(Files.size(exported)).isGreaterThan("an earlier export".length());
    }

    @Test
    void aFailedExportLeavesNoHalfFile() throws Exception {
        Path blocked = Files.createDirectories(folder.resolve("summary.csv"));
        Files.writeString(blocked.resolve("keep.txt"), "mine");

        CliRunner.Result result = cli.run("report", "weekly", "--out", blocked.toString());

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(result.err()).contains("could not write");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(Files.readString(blocked.resolve("keep.txt"))).isEqualTo("mine");
    }
}
