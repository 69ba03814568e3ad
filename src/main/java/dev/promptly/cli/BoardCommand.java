package dev.promptly.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.board.Board;
import dev.promptly.board.Escalation;
import dev.promptly.board.RepRow;
import dev.promptly.common.ControlCharacters;
import dev.promptly.items.ItemView;
import dev.promptly.reports.Trend;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import dev.promptly.people.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "board", mixinStandardHelpOptions = true,
        description = {"The team lead's board: every rep's figures and what needs attention.",
            "Overdue commitments, calls not returned within 24 hours, the last 7 days' escalations and the on-time "
                + "trend. csv prints the reps' table only."})
final class BoardCommand implements Runnable {

    private final Session session;

    @Option(names = "--team", paramLabel = "NAME", description = "One team (default: all teams, each rep's week in their team's time zone; a rep's or "
            + "lead's own team on a team server).")
    String team;

    @Mixin
    AtOption at;

    @Mixin
    FormatOption format;

    BoardCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        var context = session.context();
        Team chosen = session.teamOrOwn(team);
        session.requireMayView(chosen, "the board");
        Board board = context.board().board(chosen, session.at(at.at));
        ZoneId zone = board.team() == null ? ZoneOffset.UTC : board.team().zone();
        switch (format.format) {
            case JSON -> json(board, zone);
            case CSV -> reps(board).print(session.out(), OutputFormat.CSV);
            case TABLE -> table(board, zone);
        }
    }

    private static Listing reps(Board board) {
        Listing listing = new Listing("rep", "name", "open", "overdue_callbacks", "overdue_emails", "overdue_commitments",
                "overdue_follow_ups", "oldest_overdue_s", "due_soon", "inbox_open_emails", "inbox_status",
                "on_time_pct_week");
        for (RepRow r : board.reps()) {
            listing.row(r.rep().email(), r.rep().name(), r.open(), r.overdueCallbacks(), r.overdueEmails(),
                    r.overdueCommitments(), r.overdueFollowUps(), seconds(r.oldestOverdue()), r.dueSoon(),
                    r.openEmails(), r.inbox().label(), r.onTimePctWeek());
        }
        return listing;
    }

    private static Listing commitments(Board board, ZoneId zone) {
        Listing listing = new Listing("id", "rep", "customer", "subject", "due_at", "late_s", "informed");
        for (Board.LateCommitment c : board.overdueCommitments()) {
            ItemView v = c.item();
            listing.row(v.item().id(), v.owner().email(), ItemColumns.customer(v), v.item().subject(),
                    Times.iso(v.effectiveDueAt(), zone), c.late().toSeconds(), c.informed());
        }
        return listing;
    }

    private static Listing unreturned(Board board, ZoneId zone) {
        Listing listing = new Listing("id", "rep", "customer", "subject", "received_at", "age_s", "attempts");
        for (ItemView v : board.unreturnedCalls()) {
            listing.row(v.item().id(), v.owner().email(), ItemColumns.customer(v), v.item().subject(),
                    Times.iso(v.item().receivedAt(), zone),
                    Duration.between(v.item().receivedAt(), board.at()).toSeconds(), v.item().progress().attempts());
        }
        return listing;
    }

    private static Listing escalations(Board board, ZoneId zone) {
        Listing listing = new Listing("id", "customer", "subject", "at", "from", "to", "reason", "picked_up_after_s");
        for (Escalation e : board.escalations()) {
            listing.row(e.itemId(), e.customer(), e.subject(), Times.iso(e.at(), zone), e.from().email(),
                    e.to().email(), e.reason(), seconds(e.pickedUpAfter()));
        }
        return listing;
    }

    private void table(Board board, ZoneId zone) {
        PrintWriter out = session.out();
        out.println(ControlCharacters.escaped(board.team() == null ? "All teams" : board.team().name()) + ", as of "
                + Times.iso(board.at(), zone));
        out.println(trendLine(board.trend()));
        out.println();
        reps(board).print(out, OutputFormat.TABLE);
        out.println();
        out.println("Overdue commitments");
        commitments(board, zone).print(out, OutputFormat.TABLE);
        out.println();
        out.println("Calls not returned within 24 hours");
        unreturned(board, zone).print(out, OutputFormat.TABLE);
        out.println();
        out.println("Escalations, last 7 days");
        escalations(board, zone).print(out, OutputFormat.TABLE);
    }

    static String trendLine(Trend trend) {
        Double now = trend.current().onTimePct();
        Double before = trend.previousMean();
        String line = "On time this week: " + percent(now) + " (previous four weeks: " + percent(before) + ")";
        return trend.alert() ? "ALERT: " + line + ", 10 points or more down; see the weekly summary" : line;
    }

    private static String percent(Double pct) {
        return pct == null ? "no figures yet" : String.format(Locale.ROOT, "%.1f %%", pct);
    }

    private void json(Board board, ZoneId zone) {
        ObjectNode root = JsonOutput.object();
        root.put("team", board.team() == null ? null : board.team().name());
        root.put("at", Times.iso(board.at(), zone));
        root.set("reps", JsonOutput.MAPPER.valueToTree(reps(board).asMaps()));
        root.set("overdue_commitments", JsonOutput.MAPPER.valueToTree(commitments(board, zone).asMaps()));
        root.set("unreturned_calls", JsonOutput.MAPPER.valueToTree(unreturned(board, zone).asMaps()));
        root.set("escalations", JsonOutput.MAPPER.valueToTree(escalations(board, zone).asMaps()));
        ObjectNode trend = root.putObject("trend");
        ArrayNode weeks = trend.putArray("weeks");
        board.trend().points().forEach(p -> weeks.addObject().put("week", p.week().label())
                .put("on_time_pct", p.onTimePct()));
        Double mean = board.trend().previousMean();
        trend.put("previous_mean_pct", mean == null ? null : Math.round(mean * 10) / 10.0);
        trend.put("alert", board.trend().alert());
        JsonOutput.print(session.out(), root);
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }
}
