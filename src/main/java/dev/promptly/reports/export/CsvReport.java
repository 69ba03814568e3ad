package dev.promptly.reports.export;

import dev.promptly.common.ControlCharacters;
import dev.promptly.common.CsvCells;
import dev.promptly.reports.WeeklyReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The weekly summary as CSV: a header row of the stable column names (docs/metrics.md, "CSV columns"), one row per
 * rep, a total row per team (and for all teams). The week comes last, so that files read by position before it was
 * added still read the same.
 */
final class CsvReport {

    private CsvReport() {
    }

    static void write(WeeklyReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>(ReportTable.header());
        header.add("week");
        csv.printRecord(header);
        for (WeeklyReport.TeamWeek team : report.teams()) {
            for (ReportTable.Line line : ReportTable.lines(team)) {
                print(csv, line, team.week().label());
            }
        }
        if (report.team() == null) {
            print(csv, new ReportTable.Line(null, null, null, report.total(), null), report.week());
        }
        csv.flush();
    }

    private static void print(CSVPrinter csv, ReportTable.Line line, String week) throws IOException {
        List<Object> cells = new ArrayList<>(ReportTable.cells(line).stream().map(CsvReport::cell).toList());
        cells.add(week);
        csv.printRecord(cells);
    }

    /** Safe to open in a spreadsheet, and to print to a terminal (the CSV may go to standard output). */
    private static Object cell(Object value) {
        if (value instanceof String text) {
            return CsvCells.neutralised(ControlCharacters.escaped(text));
        }
        return value == null ? "" : value;
    }
}
