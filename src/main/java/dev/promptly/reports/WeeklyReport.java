package dev.promptly.reports;

import dev.promptly.items.InboxStatus;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import java.time.Instant;
import java.util.List;

/**
 * The weekly responsiveness summary of one team, or of all teams (then {@code team} is null and each team's figures
 * are counted in its own week, Monday to Monday in its own time zone). The screen, the command line and every
 * export show this one object.
 */
public record WeeklyReport(String week, Instant asOf, Team team, List<TeamWeek> teams, RepFigures total,
                           Trend trend) {

    /**
     * One rep's line.
     *
     * @param mailbox the inbox as the mail server counted it, day by day; null when the rep's mailbox was never synced
     */
    public record RepLine(Rep rep, RepFigures figures, MailboxWeek mailbox) {
    }

    /**
     * The synced inbox over the week: its status at the end of each day, Monday first (null for a day not ended by
     * the as-of instant or before the first sync), and the days in a row at inbox zero up to the last day ended.
     */
    public record MailboxWeek(List<InboxStatus> days, int zeroStreak) {
        public MailboxWeek {
            days = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(days));
        }
    }

    /** One team's part: its reps (by name), their total, and its trend. */
    public record TeamWeek(Team team, Week week, List<RepLine> reps, RepFigures total, Trend trend) {
        public TeamWeek {
            reps = List.copyOf(reps);
        }
    }

    public WeeklyReport {
        teams = List.copyOf(teams);
    }

    /** The reps of every team in the report, team by team. */
    public List<RepLine> reps() {
        return teams.stream().flatMap(t -> t.reps().stream()).toList();
    }

    /** The week's bounds, for a one-team report; null for all teams, whose bounds differ by time zone. */
    public Week teamWeek() {
        return team == null ? null : teams.get(0).week();
    }

    /** "Berlin" or "All teams". */
    public String title() {
        return team == null ? "All teams" : team.name();
    }
}
