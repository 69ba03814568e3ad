package dev.promptly.cli;

import dev.promptly.common.ControlCharacters;
import dev.promptly.common.CsvCells;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows under named columns, printed as an aligned table, CSV with a header, or a JSON array of objects whose
 * keys are the column names. Values are strings, numbers, booleans or null. Text in a table or CSV has its control
 * characters escaped ({@link ControlCharacters}), and CSV cells are neutralised against formulas ({@link CsvCells});
 * JSON needs neither, as Jackson escapes control characters and nobody opens JSON as a spreadsheet.
 */
final class Listing {

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    Listing(String... columns) {
        this.columns = List.of(columns);
    }

    Listing row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        rows.add(values.clone());
        return this;
    }

    void print(PrintWriter out, OutputFormat format) {
        switch (format) {
            case TABLE -> printTable(out);
            case CSV -> printCsv(out);
            case JSON -> printJson(out);
        }
        out.flush();
    }

    private void printTable(PrintWriter out) {
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], cell(row[i]).length());
            }
        }
        out.println(line(columns.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toArray(), widths));
        rows.forEach(row -> out.println(line(row, widths)));
        if (rows.isEmpty()) {
            out.println("(none)");
        }
    }

    private static String line(Object[] values, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String cell = cell(values[i]);
            text.append(cell);
            if (i < values.length - 1) {
                text.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        return text.toString().stripTrailing();
    }

    private static String cell(Object value) {
        return value == null ? "-" : ControlCharacters.escaped(String.valueOf(value));
    }

    private static Object csvCell(Object value) {
        return value instanceof String text ? CsvCells.neutralised(ControlCharacters.escaped(text)) : value;
    }

    private void printCsv(PrintWriter out) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).build();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            for (Object[] row : rows) {
                printer.printRecord(Arrays.stream(row).map(Listing::csvCell).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as objects keyed by column name, in column order: what the JSON format prints. */
    List<Map<String, Object>> asMaps() {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                object.put(columns.get(i), row[i]);
            }
            objects.add(object);
        }
        return objects;
    }

    private void printJson(PrintWriter out) {
        JsonOutput.print(out, asMaps());
    }
}
