package dev.promptly.reports.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.common.JsonControlEscapes;
import dev.promptly.reports.ChannelFigures;
import dev.promptly.reports.Outcomes;
import dev.promptly.reports.RepFigures;
import dev.promptly.reports.ResponseSample;
import dev.promptly.reports.Trend;
import dev.promptly.reports.Week;
import dev.promptly.reports.WeeklyReport;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The weekly summary as the JSON object of docs/cli.md. */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    static {
        JSON.getFactory().setCharacterEscapes(new JsonControlEscapes()); // it may go to a terminal
    }

    private JsonReport() {
    }

    static void write(WeeklyReport report, OutputStream out) throws IOException {
        JSON.writeValue(out, tree(report));
        out.write('\n');
        out.flush();
    }

    static ObjectNode tree(WeeklyReport report) {
        ObjectNode root = JSON.createObjectNode();
        Week week = report.teamWeek();
        ZoneId zone = week == null ? ZoneOffset.UTC : week.zone();
        root.put("week", report.week());
        root.put("team", report.team() == null ? null : report.team().name());
        root.put("zone", week == null ? null : zone.getId());
        root.put("from", week == null ? null : iso(week.start(), zone));
        root.put("to", week == null ? null : iso(week.end(), zone));
        root.put("as_of", iso(report.asOf(), zone));
        if (report.team() == null) {
            ArrayNode teams = root.putArray("teams");
            for (WeeklyReport.TeamWeek t : report.teams()) {
                teams.addObject().put("team", t.team().name()).put("zone", t.week().zone().getId())
                        .put("from", iso(t.week().start(), t.week().zone()))
                        .put("to", iso(t.week().end(), t.week().zone()));
            }
        }
        ArrayNode reps = root.putArray("reps");
        for (WeeklyReport.TeamWeek t : report.teams()) {
            for (WeeklyReport.RepLine line : t.reps()) {
                ObjectNode rep = reps.addObject();
                rep.put("rep", line.rep().email());
                rep.put("name", line.rep().name());
                if (report.team() == null) {
                    rep.put("team", t.team().name());
                }
                figures(rep, line.figures());
                mailbox(rep, line.mailbox());
            }
        }
        figures(root.putObject("team_total"), report.total());
        ObjectNode trend = root.putObject("trend");
        ArrayNode weeks = trend.putArray("weeks");
        for (Trend.Point point : report.trend().points()) {
            weeks.addObject().put("week", point.week().label()).put("on_time_pct", point.onTimePct());
        }
        Double mean = report.trend().previousMean();
        trend.put("previous_mean_pct", mean == null ? null : Math.round(mean * 10) / 10.0);
        trend.put("alert", report.trend().alert());
        return root;
    }

    private static void figures(ObjectNode node, RepFigures figures) {
        channel(node.putObject("callbacks"), figures.callbacks());
        channel(node.putObject("emails"), figures.emails());
        Outcomes c = figures.commitments();
        node.putObject("commitments").put("due", c.count()).put("kept", c.onTime()).put("late", c.late())
                .put("open_overdue", c.openOverdue()).put("pending", c.pending());
        node.put("on_time_pct", figures.onTimePct());
        node.put("escalations_out", figures.escalationsOut());
        node.putObject("inbox").put("open_emails", figures.inbox().openEmails())
                .put("status", figures.inbox().status().label());
    }

    /** The synced inbox, day by day: only for reps whose mailbox is synced. */
    private static void mailbox(ObjectNode rep, WeeklyReport.MailboxWeek mailbox) {
        if (mailbox == null) {
            rep.putNull("mailbox");
            return;
        }
        ObjectNode node = rep.putObject("mailbox");
        ArrayNode days = node.putArray("days");
        mailbox.days().forEach(d -> days.add(d == null ? null : d.label()));
        node.put("zero_streak_days", mailbox.zeroStreak());
    }

    private static void channel(ObjectNode node, ChannelFigures figures) {
        Outcomes o = figures.outcomes();
        node.put("received", o.count()).put("on_time", o.onTime()).put("late", o.late())
                .put("open_overdue", o.openOverdue()).put("pending", o.pending()).put("informed", o.informed());
        node.put("median_response_s", figures.calendar().medianSeconds());
        node.put("p90_response_s", figures.calendar().p90Seconds());
        ResponseSample business = figures.business();
        node.put("median_response_business_s", business == null ? null : business.medianSeconds());
        node.put("p90_response_business_s", business == null ? null : business.p90Seconds());
    }

    private static String iso(java.time.Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }
}
