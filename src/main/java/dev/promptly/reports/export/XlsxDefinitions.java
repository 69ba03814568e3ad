package dev.promptly.reports.export;

import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The workbook's Definitions sheet: docs/metrics.md's "Weekly summary" section as rows a spreadsheet shows without
 * any fitting (long paragraphs broken into lines, one row each), the figure names of its tables in the first column.
 */
final class XlsxDefinitions {

    private static final int PARAGRAPH_CHARS = 130;
    private static final int DEFINITION_CHARS = 100;

    private XlsxDefinitions() {
    }

    static void write(Worksheet sheet) {
        sheet.value(0, 0, "What the figures mean");
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, "From Promptly's docs/metrics.md, \"Weekly summary\". The CSV export names its columns as "
                + "in the tables below.");
        sheet.style(1, 0).italic().set();
        int row = 3;
        for (MetricDefinitions.Block block : MetricDefinitions.weeklySummary()) {
            switch (block.kind()) {
                case HEADING -> {
                    row++;
                    sheet.value(row, 0, block.text());
                    sheet.style(row, 0).bold().set();
                    row++;
                }
                case PARAGRAPH -> {
                    for (String line : lines(block.text(), PARAGRAPH_CHARS)) {
                        sheet.value(row++, 0, line);
                    }
                    row++;
                }
                case TABLE_ROW -> {
                    sheet.value(row, 0, block.term());
                    sheet.style(row, 0).bold().set();
                    for (String line : lines(block.text(), DEFINITION_CHARS)) {
                        sheet.value(row++, 1, line);
                    }
                }
            }
        }
        sheet.width(0, 30);
        sheet.width(1, 100);
    }

    /** The text broken at spaces into lines of at most {@code width} characters (a longer word stands alone). */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
