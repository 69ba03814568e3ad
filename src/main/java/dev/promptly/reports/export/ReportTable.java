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

    /** A figure column: its flat name and how to read it from a rep's (or a total's) figures. */
    public record Column(String name, Function<RepFigures, Object> value) {
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
        columns.addAll(channel("callbacks", RepFigures::callbacks));
        columns.addAll(channel("emails", RepFigures::emails));
        columns.add(new Column("commitments_due", f -> f.commitments().count()));
        columns.add(new Column("commitments_kept", f -> f.commitments().onTime()));
        columns.add(new Column("commitments_late", f -> f.commitments().late()));
        columns.add(new Column("commitments_open_overdue", f -> f.commitments().openOverdue()));
        columns.add(new Column("commitments_pending", f -> f.commitments().pending()));
        columns.add(new Column("on_time_pct", RepFigures::onTimePct));
        columns.add(new Column("escalations_out", RepFigures::escalationsOut));
        columns.add(new Column("inbox_open_emails", f -> f.inbox().openEmails()));
        columns.add(new Column("inbox_status", f -> f.inbox().status().label()));
        return List.copyOf(columns);
    }

    private static List<Column> channel(String prefix, Function<RepFigures, ChannelFigures> channel) {
        Function<RepFigures, Outcomes> outcomes = channel.andThen(ChannelFigures::outcomes);
        return List.of(
                new Column(prefix + "_received", outcomes.andThen(Outcomes::count)),
                new Column(prefix + "_on_time", outcomes.andThen(Outcomes::onTime)),
                new Column(prefix + "_late", outcomes.andThen(Outcomes::late)),
                new Column(prefix + "_open_overdue", outcomes.andThen(Outcomes::openOverdue)),
                new Column(prefix + "_pending", outcomes.andThen(Outcomes::pending)),
                new Column(prefix + "_informed", outcomes.andThen(Outcomes::informed)),
                new Column(prefix + "_median_response_s", f -> channel.apply(f).calendar().medianSeconds()),
                new Column(prefix + "_p90_response_s", f -> channel.apply(f).calendar().p90Seconds()),
                new Column(prefix + "_median_response_business_s",
                        f -> business(channel.apply(f), ResponseSample::medianSeconds)),
                new Column(prefix + "_p90_response_business_s",
                        f -> business(channel.apply(f), ResponseSample::p90Seconds)));
    }

    private static Long business(ChannelFigures figures, Function<ResponseSample, Long> statistic) {
        return figures.business() == null ? null : statistic.apply(figures.business());
    }

    /** Every column name, the three identifying ones first. */
    public static List<String> header() {
        List<String> header = new ArrayList<>(List.of("team", "rep", "name"));
        FIGURES.forEach(c -> header.add(c.name()));
        header.add("inbox_zero_streak_days");
        return header;
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
