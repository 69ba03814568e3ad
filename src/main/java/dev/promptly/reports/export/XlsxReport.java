package dev.promptly.reports.export;

import dev.promptly.reports.Trend;
import dev.promptly.reports.WeeklyReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The weekly summary as a workbook a manager can hand out: one sheet per team (title rows with the week and its
 * time zone, headers people read, counts and percentages as numbers, answer times in hours), a trend sheet with
 * every team's on-time rate over the eight weeks, and the definitions from docs/metrics.md on a sheet of their own.
 * The CSV keeps the machine names.
 */
final class XlsxReport {

    static final String DEFINITIONS = "Definitions";
    /**
     * Answer times are stored as hours (seconds / 3600) and shown as "2.5 h". Written with backslash escapes, not as
     * {@code 0.0 "h"}: fastexcel 0.18 does not escape quotes in a format code, which corrupts the file (dhatim/fastexcel
     * issue 472, fixed after 0.18.4).
     */
    static final String HOURS_FORMAT = "0.0\\ \\h";

    private static final int FIRST_FIGURE_COLUMN = 3;
    private static final int GROUP_ROW = 3;
    private static final int LABEL_ROW = 4;
    private static final int FIRST_LINE_ROW = 5;
    private static final String HEADER_FILL = "E8EEF4";

    private XlsxReport() {
    }

    static void write(WeeklyReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Promptly", "1.0");
        Set<String> sheetNames = new HashSet<>();
        for (WeeklyReport.TeamWeek team : report.teams()) {
            teamSheet(workbook.newWorksheet(sheetName(team.team().name(), sheetNames)), report, team);
        }
        trendSheet(workbook.newWorksheet(sheetName("Trend", sheetNames)), report);
        XlsxDefinitions.write(workbook.newWorksheet(sheetName(DEFINITIONS, sheetNames)));
        workbook.finish();
    }

    private static void teamSheet(Worksheet sheet, WeeklyReport report, WeeklyReport.TeamWeek team) {
        List<ReportTable.Heading> headings = ReportTable.headings();
        int last = headings.size() - 1;
        sheet.value(0, 0, ReportTitles.TITLE + team.team().name());
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, ReportTitles.when(team.week(), report));
        sheet.value(2, 0, "Answer times in hours. What each figure means: the " + DEFINITIONS + " sheet.");
        sheet.style(2, 0).italic().set();
        header(sheet, headings);
        List<ReportTable.Line> lines = ReportTable.lines(team);
        for (int r = 0; r < lines.size(); r++) {
            int row = FIRST_LINE_ROW + r;
            List<Object> cells = ReportTable.cells(lines.get(r));
            for (int c = 0; c < cells.size(); c++) {
                cell(sheet, row, c, cells.get(c), headings.get(c).unit());
            }
            if (lines.get(r).isTotal()) {
                sheet.range(row, 0, row, last).style().bold().borderStyle(org.dhatim.fastexcel.BorderSide.TOP,
                        "thin").set();
            }
        }
        int end = FIRST_LINE_ROW + lines.size() - 1;
        for (int c = FIRST_FIGURE_COLUMN; c <= last; c++) {
            ReportTable.Unit unit = headings.get(c).unit();
            if (unit == ReportTable.Unit.SECONDS) {
                sheet.range(FIRST_LINE_ROW, c, end, c).style().format(HOURS_FORMAT).set();
            } else if (unit == ReportTable.Unit.PERCENT) {
                sheet.range(FIRST_LINE_ROW, c, end, c).style().format("0.0").set();
            }
        }
        sheet.width(0, 16);
        sheet.width(1, 28);
        sheet.width(2, 22);
        for (int c = FIRST_FIGURE_COLUMN; c <= last; c++) {
            sheet.width(c, headings.get(c).unit() == ReportTable.Unit.SECONDS ? 14 : 11);
        }
        sheet.freezePane(FIRST_FIGURE_COLUMN, FIRST_LINE_ROW);
    }

    /** A row of groups ("Callbacks", each over its columns) above a row of labels ("On time"). */
    private static void header(Worksheet sheet, List<ReportTable.Heading> headings) {
        int last = headings.size() - 1;
        for (int c = 0; c <= last; c++) {
            ReportTable.Heading heading = headings.get(c);
            sheet.value(LABEL_ROW, c, heading.label());
            boolean starts = heading.group() != null
                    && (c == 0 || !Objects.equals(heading.group(), headings.get(c - 1).group()));
            if (starts) {
                int span = c;
                while (span < last && heading.group().equals(headings.get(span + 1).group())) {
                    span++;
                }
                sheet.value(GROUP_ROW, c, heading.group());
                sheet.range(GROUP_ROW, c, GROUP_ROW, span).merge();
            }
        }
        sheet.range(GROUP_ROW, 0, GROUP_ROW, last).style().bold().fillColor(HEADER_FILL).horizontalAlignment("center")
                .set();
        sheet.range(LABEL_ROW, 0, LABEL_ROW, last).style().bold().fillColor(HEADER_FILL).wrapText(true)
                .verticalAlignment("top").set();
        sheet.rowHeight(LABEL_ROW, 45);
    }

    private static void cell(Worksheet sheet, int row, int column, Object value, ReportTable.Unit unit) {
        if (value == null) {
            return;
        }
        if (unit == ReportTable.Unit.SECONDS) {
            sheet.value(row, column, ((Number) value).doubleValue() / 3600);
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else {
            sheet.value(row, column, value.toString());
        }
    }

    private static void trendSheet(Worksheet sheet, WeeklyReport report) {
        sheet.value(0, 0, "Week");
        List<WeeklyReport.TeamWeek> teams = report.teams();
        for (int t = 0; t < teams.size(); t++) {
            sheet.value(0, t + 1, teams.get(t).team().name());
        }
        int totalColumn = teams.size() + 1;
        boolean allTeams = report.team() == null;
        if (allTeams) {
            sheet.value(0, totalColumn, "All teams");
        }
        sheet.range(0, 0, 0, totalColumn).style().bold().fillColor(HEADER_FILL).set();
        List<Trend.Point> points = report.trend().points();
        for (int w = 0; w < points.size(); w++) {
            sheet.value(w + 1, 0, points.get(w).week().label());
            for (int t = 0; t < teams.size(); t++) {
                number(sheet, w + 1, t + 1, teams.get(t).trend().points().get(w).onTimePct());
            }
            if (allTeams) {
                number(sheet, w + 1, totalColumn, points.get(w).onTimePct());
            }
        }
        sheet.range(1, 1, points.size(), totalColumn).style().format("0.0").set();
        int below = points.size() + 2;
        Double mean = report.trend().previousMean();
        sheet.value(below, 0, "On time %, mean of the previous 4 weeks");
        number(sheet, below, 1, mean == null ? null : Math.round(mean * 10) / 10.0);
        sheet.value(below + 1, 0, "Alert (10 points or more below that mean)");
        sheet.value(below + 1, 1, report.trend().alert() ? "yes" : "no");
        sheet.value(below + 2, 0, "As of");
        sheet.value(below + 2, 1, report.team() == null ? ReportTitles.whenAllTeams(report)
                : ReportTitles.when(report.teamWeek(), report));
        sheet.width(0, 40);
        for (int c = 1; c <= totalColumn; c++) {
            sheet.width(c, 16);
        }
        sheet.freezePane(1, 1);
    }

    private static void number(Worksheet sheet, int row, int column, Double value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name, which must be unique. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
        base = base.isEmpty() ? "Team" : base.substring(0, Math.min(base.length(), 31));
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
