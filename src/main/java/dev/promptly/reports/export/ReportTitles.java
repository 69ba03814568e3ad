package dev.promptly.reports.export;

import dev.promptly.reports.Week;
import dev.promptly.reports.WeeklyReport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The title and the "which week, which zone, as of when" line that head every printed or saved summary. */
final class ReportTitles {

    static final String TITLE = "Weekly responsiveness summary — ";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private ReportTitles() {
    }

    /** "Week 2026-W47 · Mon 16 Nov – Sun 22 Nov 2026 · Europe/Berlin · as of 2026-11-23 13:00 CET". */
    static String when(Week week, WeeklyReport report) {
        LocalDate sunday = week.monday().plusDays(6);
        String from = (sunday.getYear() == week.monday().getYear() ? DAY : DAY_YEAR).format(week.monday());
        ZoneId zone = week.zone();
        return "Week " + week.label() + " · " + from + " – " + DAY_YEAR.format(sunday) + " · " + zone.getId()
                + " · as of " + AS_OF.format(report.asOf().atZone(zone));
    }

    /** For all teams, which have no single zone: "Week 2026-W47 · each team Monday to Sunday in its own … ". */
    static String whenAllTeams(WeeklyReport report) {
        return "Week " + report.week() + " · each team Monday to Sunday in its own time zone · as of "
                + AS_OF.format(report.asOf().atZone(ZoneId.of("UTC")));
    }
}
