package dev.promptly.reports.export;

import dev.promptly.reports.Trend;
import dev.promptly.reports.WeeklyReport;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The weekly summary as a workbook: one sheet per team (header row, typed numbers, frozen header and names) and a
 * trend sheet with every team's on-time rate over the eight weeks.
 */
final class XlsxReport {

    private static final int FIRST_FIGURE_COLUMN = 3;
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private XlsxReport() {
    }

    static void write(WeeklyReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Promptly", "1.0");
        Set<String> sheetNames = new HashSet<>();
        for (WeeklyReport.TeamWeek team : report.teams()) {
            teamSheet(workbook.newWorksheet(sheetName(team.team().name(), sheetNames)), team);
        }
        trendSheet(workbook.newWorksheet(sheetName("Trend", sheetNames)), report);
        workbook.finish();
    }

    private static void teamSheet(Worksheet sheet, WeeklyReport.TeamWeek team) {
        List<String> header = ReportTable.header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor("E8EEF4").wrapText(true).set();
        List<ReportTable.Line> lines = ReportTable.lines(team);
        for (int r = 0; r < lines.size(); r++) {
            List<Object> cells = ReportTable.cells(lines.get(r));
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else if (value != null) {
                    sheet.value(r + 1, c, value.toString());
                }
            }
            if (lines.get(r).isTotal()) {
                sheet.range(r + 1, 0, r + 1, cells.size() - 1).style().bold().set();
            }
        }
        int onTime = header.indexOf("on_time_pct");
        sheet.range(1, onTime, lines.size(), onTime).style().format("0.0").set();
        sheet.width(0, 16);
        sheet.width(1, 28);
        sheet.width(2, 22);
        for (int c = FIRST_FIGURE_COLUMN; c < header.size(); c++) {
            sheet.width(c, 13);
        }
        sheet.freezePane(FIRST_FIGURE_COLUMN, 1);
        ZoneId zone = team.week().zone();
        int below = lines.size() + 2;
        sheet.value(below, 0, "Week");
        sheet.value(below, 1, team.week().label() + " (" + team.week().monday() + " to "
                + team.week().monday().plusDays(6) + ", " + zone.getId() + ")");
        sheet.value(below + 1, 0, "Definitions");
        sheet.value(below + 1, 1, "docs/metrics.md, Weekly summary");
    }

    private static void trendSheet(Worksheet sheet, WeeklyReport report) {
        sheet.value(0, 0, "week");
        List<WeeklyReport.TeamWeek> teams = report.teams();
        for (int t = 0; t < teams.size(); t++) {
            sheet.value(0, t + 1, teams.get(t).team().name());
        }
        int totalColumn = teams.size() + 1;
        boolean allTeams = report.team() == null;
        if (allTeams) {
            sheet.value(0, totalColumn, "All teams");
        }
        sheet.range(0, 0, 0, totalColumn).style().bold().fillColor("E8EEF4").set();
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
        sheet.value(below, 0, "previous 4 weeks' mean");
        number(sheet, below, 1, mean == null ? null : Math.round(mean * 10) / 10.0);
        sheet.value(below + 1, 0, "alert");
        sheet.value(below + 1, 1, report.trend().alert());
        sheet.value(below + 2, 0, "as of");
        ZoneId zone = report.teamWeek() == null ? ZoneId.of("UTC") : report.teamWeek().zone();
        sheet.value(below + 2, 1, AS_OF.format(report.asOf().atZone(zone)));
        sheet.width(0, 24);
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
