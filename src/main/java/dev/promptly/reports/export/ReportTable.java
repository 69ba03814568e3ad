package dev.promptly.reports.export;

import dev.promptly.reports.ChannelFigures;
import dev.promptly.reports.Outcomes;
import dev.promptly.reports.RepFigures;
import dev.promptly.reports.ResponseSample;
import dev.promptly.reports.WeeklyReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The weekly summary as flat rows with the column names of docs/metrics.md: one row per rep, a total row per team,
 * and, for all teams, a grand total. CSV and XLSX write exactly these; JSON nests the same values.
 */
public final class ReportTable {

    /** What a figure column holds, so that a workbook can format it for people. */
    public enum Unit { COUNT, SECONDS, PERCENT, TEXT }

    /**
     * A figure column: its flat name (stable, for machines: CSV and JSON), the group and label people read in a
     * workbook ("Callbacks", "Median answer time"), what it holds and how to read it from a rep's (or a total's)
     * figures.
     */
    public record Column(String name, String group, String label, Unit unit, Function<RepFigures, Object> value) {
    }

    /**
     * One line of the table; {@code rep} and {@code name} are null on total lines, {@code mailbox} on them and for
     * reps whose mailbox was never synced.
     */
    public record Line(String team, String rep, String name, RepFigures figures, WeeklyReport.MailboxWeek mailbox) {
        public boolean isTotal() {
            return rep == null;
        }
    }

    public static final List<Column> FIGURES = figures();

    private ReportTable() {
    }

    private static List<Column> figures() {
        List<Column> columns = new ArrayList<>();
        columns.addAll(channel("callbacks", "Callbacks", RepFigures::callbacks));
        columns.addAll(channel("emails", "Emails", RepFigures::emails));
        String commitments = "Commitments";
        columns.add(new Column("commitments_due", commitments, "Due", Unit.COUNT, f -> f.commitments().count()));
        columns.add(new Column("commitments_kept", commitments, "Kept", Unit.COUNT, f -> f.commitments().onTime()));
        columns.add(new Column("commitments_late", commitments, "Late", Unit.COUNT, f -> f.commitments().late()));
        columns.add(new Column("commitments_open_overdue", commitments, "Overdue", Unit.COUNT,
                f -> f.commitments().openOverdue()));
        columns.add(new Column("commitments_pending", commitments, "Pending", Unit.COUNT,
                f -> f.commitments().pending()));
        columns.add(new Column("on_time_pct", null, "On time %", Unit.PERCENT, RepFigures::onTimePct));
        columns.add(new Column("escalations_out", null, "Escalations made", Unit.COUNT, RepFigures::escalationsOut));
        columns.add(new Column("inbox_open_emails", "Inbox at the end of the week", "Open emails", Unit.COUNT,
                f -> f.inbox().openEmails()));
        columns.add(new Column("inbox_status", "Inbox at the end of the week", "Status", Unit.TEXT,
                f -> f.inbox().status().label()));
        return List.copyOf(columns);
    }

    private static List<Column> channel(String prefix, String group, Function<RepFigures, ChannelFigures> channel) {
        Function<RepFigures, Outcomes> outcomes = channel.andThen(ChannelFigures::outcomes);
        return List.of(
                new Column(prefix + "_received", group, "Received", Unit.COUNT, outcomes.andThen(Outcomes::count)),
                new Column(prefix + "_on_time", group, "On time", Unit.COUNT, outcomes.andThen(Outcomes::onTime)),
                new Column(prefix + "_late", group, "Late", Unit.COUNT, outcomes.andThen(Outcomes::late)),
                new Column(prefix + "_open_overdue", group, "Overdue", Unit.COUNT,
                        outcomes.andThen(Outcomes::openOverdue)),
                new Column(prefix + "_pending", group, "Pending", Unit.COUNT, outcomes.andThen(Outcomes::pending)),
                new Column(prefix + "_informed", group, "Customer informed", Unit.COUNT,
                        outcomes.andThen(Outcomes::informed)),
                new Column(prefix + "_median_response_s", group, "Median answer time", Unit.SECONDS,
                        f -> channel.apply(f).calendar().medianSeconds()),
                new Column(prefix + "_p90_response_s", group, "90th percentile answer time", Unit.SECONDS,
                        f -> channel.apply(f).calendar().p90Seconds()),
                new Column(prefix + "_median_response_business_s", group, "Median answer time, business hours",
                        Unit.SECONDS, f -> business(channel.apply(f), ResponseSample::medianSeconds)),
                new Column(prefix + "_p90_response_business_s", group, "90th percentile, business hours",
                        Unit.SECONDS, f -> business(channel.apply(f), ResponseSample::p90Seconds)));
    }

    private static Long business(ChannelFigures figures, Function<ResponseSample, Long> statistic) {
        return figures.business() == null ? null : statistic.apply(figures.business());
    }

    /** A column as a reader meets it: its stable name, and the group and label a workbook shows for it. */
    public record Heading(String name, String group, String label, Unit unit) {
    }

    /** Every column in {@link #header()} order. */
    public static List<Heading> headings() {
        List<Heading> headings = new ArrayList<>(List.of(
                new Heading("team", null, "Team", Unit.TEXT),
                new Heading("rep", null, "Email", Unit.TEXT),
                new Heading("name", null, "Rep", Unit.TEXT)));
        FIGURES.forEach(c -> headings.add(new Heading(c.name(), c.group(), c.label(), c.unit())));
        headings.add(new Heading("inbox_zero_streak_days", "Inbox at the end of the week", "Days in a row at zero",
                Unit.COUNT));
        return headings;
    }

    /** Every column name, the three identifying ones first. */
    public static List<String> header() {
        return headings().stream().map(Heading::name).toList();
    }

    /** The lines of one team: its reps, then its total. */
    public static List<Line> lines(WeeklyReport.TeamWeek team) {
        List<Line> lines = new ArrayList<>();
        String name = team.team().name();
        team.reps().forEach(r -> lines.add(new Line(name, r.rep().email(), r.rep().name(), r.figures(),
                r.mailbox())));
        lines.add(new Line(name, null, null, team.total(), null));
        return lines;
    }

    /** Every line of the report: each team's lines, then, for all teams, the grand total. */
    public static List<Line> lines(WeeklyReport report) {
        List<Line> lines = new ArrayList<>();
        report.teams().forEach(t -> lines.addAll(lines(t)));
        if (report.team() == null) {
            lines.add(new Line(null, null, null, report.total(), null));
        }
        return lines;
    }

    /** A line's cells in {@link #header()} order. */
    public static List<Object> cells(Line line) {
        List<Object> cells = new ArrayList<>();
        cells.add(line.team() == null ? "All teams" : line.team());
        cells.add(line.rep());
        cells.add(line.isTotal() ? "Total" : line.name());
        FIGURES.forEach(c -> cells.add(c.value().apply(line.figures())));
        cells.add(line.mailbox() == null ? null : line.mailbox().zeroStreak());
        return cells;
    }
}
