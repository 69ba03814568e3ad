package dev.promptly.reports.export;

import dev.promptly.common.ControlCharacters;
import dev.promptly.common.CsvCells;
import dev.promptly.reports.WeeklyReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The weekly summary as CSV: a header row, one row per rep, a total row per team (and for all teams). */
final class CsvReport {

    private CsvReport() {
    }

    static void write(WeeklyReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(ReportTable.header());
        for (ReportTable.Line line : ReportTable.lines(report)) {
            List<Object> cells = ReportTable.cells(line).stream().map(CsvReport::cell).toList();
            csv.printRecord(cells);
        }
        csv.flush();
    }

    /** Safe to open in a spreadsheet, and to print to a terminal (the CSV may go to standard output). */
    private static Object cell(Object value) {
        if (value instanceof String text) {
            return CsvCells.neutralised(ControlCharacters.escaped(text));
        }
        return value == null ? "" : value;
    }
}
