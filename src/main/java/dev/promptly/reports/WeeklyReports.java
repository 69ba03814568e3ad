package dev.promptly.reports;

import dev.promptly.imports.mail.InboxHistory;
import dev.promptly.items.EscalationLog;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.items.ItemView;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.ItemState;
import dev.promptly.sla.WorkingTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the weekly responsiveness summary (docs/metrics.md, "Weekly summary"); every view of it calls this. */
public final class WeeklyReports {

    /** The trend covers the report's week and the seven before it. */
    public static final int TREND_WEEKS = 8;

    private final PeopleService people;
    private final ItemService items;
    private final ResponseStats stats;
    private final EscalationLog escalations;
    private final InboxHistory inbox;

    public WeeklyReports(PeopleService people, ItemService items, ResponseStats stats, EscalationLog escalations,
                         InboxHistory inbox) {
        this.people = people;
        this.items = items;
        this.stats = stats;
        this.escalations = escalations;
        this.inbox = inbox;
    }

    /**
     * The summary of ISO week {@code weekLabel} ("2026-W47") as of {@code asOf}, for {@code team}, or for all teams
     * when it is null.
     */
    public WeeklyReport report(Team team, String weekLabel, Instant asOf) {
        Week.parse(weekLabel, ZoneOffset.UTC); // refuses a malformed label before any work
        List<Team> teams = team == null ? people.teams() : List.of(team);
        List<TeamResult> results = teams.stream()
                .map(t -> teamWeek(t, Week.parse(weekLabel, t.zone()), asOf))
                .toList();
        List<WeeklyReport.TeamWeek> sections = results.stream().map(TeamResult::section).toList();
        if (team != null) {
            WeeklyReport.TeamWeek only = sections.get(0);
            return new WeeklyReport(weekLabel, asOf, team, sections, only.total(), only.trend());
        }
        RepFigures total = sections.stream().map(WeeklyReport.TeamWeek::total)
                .reduce(RepFigures::plus).orElse(RepFigures.NONE);
        List<ResponseWeek> history = results.stream().map(TeamResult::history)
                .reduce(Collections.nCopies(TREND_WEEKS, ResponseWeek.NONE), ResponseWeek::plus);
        return new WeeklyReport(weekLabel, asOf, null, sections, total,
                Trend.of(Week.parse(weekLabel, ZoneOffset.UTC), history));
    }

    private record TeamResult(WeeklyReport.TeamWeek section, List<ResponseWeek> history) {
    }

    private TeamResult teamWeek(Team team, Week week, Instant asOf) {
        List<Rep> reps = people.repsOf(team).stream().sorted(Comparator.comparing(Rep::name)).toList();
        Set<Long> ids = reps.stream().map(Rep::id).collect(Collectors.toSet());
        Map<Long, ResponseWeek> outcomes = stats.byOwner(ids, week, asOf);
        Map<Long, Map<ItemKind, List<Answer>>> answers = stats.answered(ids, week, asOf).stream()
                .collect(Collectors.groupingBy(Answer::ownerId, Collectors.groupingBy(Answer::kind)));
        Map<Long, Integer> escalated = escalations.madeBy(ids, week.start(), week.end(), asOf);
        Map<Long, Inbox> inboxes = inboxes(ids, week.end().isBefore(asOf) ? week.end() : asOf);
        WorkingTime business = team.policy().clock() == ClockKind.BUSINESS ? team.policy().workingTime() : null;
        Instant weekOver = week.end().isBefore(asOf) ? week.end() : asOf;
        Set<Long> synced = inbox.latest(ids, weekOver).keySet();

        List<WeeklyReport.RepLine> lines = new ArrayList<>();
        for (Rep rep : reps) {
            ResponseWeek counts = outcomes.getOrDefault(rep.id(), ResponseWeek.NONE);
            Map<ItemKind, List<Answer>> byKind = answers.getOrDefault(rep.id(), Map.of());
            lines.add(new WeeklyReport.RepLine(rep, new RepFigures(
                    channel(counts.callbacks(), byKind.get(ItemKind.CALLBACK), business),
                    channel(counts.emails(), byKind.get(ItemKind.EMAIL), business),
                    counts.promises(),
                    escalated.getOrDefault(rep.id(), 0),
                    inboxes.getOrDefault(rep.id(), Inbox.EMPTY)),
                    synced.contains(rep.id()) ? mailboxWeek(rep.id(), week, asOf) : null));
        }
        RepFigures total = lines.stream().map(WeeklyReport.RepLine::figures)
                .reduce(RepFigures::plus)
                .orElse(business == null ? RepFigures.NONE : emptyBusiness());
        List<ResponseWeek> history = stats.totals(ids, week, total.outcomes(), TREND_WEEKS, asOf);
        return new TeamResult(new WeeklyReport.TeamWeek(team, week, lines, total, Trend.of(week, history)), history);
    }

    private static ChannelFigures channel(Outcomes outcomes, List<Answer> answers, WorkingTime business) {
        List<Answer> answered = answers == null ? List.of() : answers;
        ResponseSample calendar = ResponseSample.ofMillis(answered.stream()
                .map(a -> Duration.between(a.receivedAt(), a.answeredAt()).toMillis()).toList());
        ResponseSample businessTimes = business == null ? null : ResponseSample.ofMillis(answered.stream()
                .map(a -> business.elapsed(a.receivedAt(), a.answeredAt()).toMillis()).toList());
        return new ChannelFigures(outcomes, calendar, businessTimes);
    }

    private static RepFigures emptyBusiness() {
        ChannelFigures none = new ChannelFigures(Outcomes.NONE, ResponseSample.EMPTY, ResponseSample.EMPTY);
        return new RepFigures(none, none, Outcomes.NONE, 0, Inbox.EMPTY);
    }

    private WeeklyReport.MailboxWeek mailboxWeek(long repId, Week week, Instant asOf) {
        Instant weekOver = week.end().isBefore(asOf) ? week.end() : asOf;
        return new WeeklyReport.MailboxWeek(inbox.endOfDays(repId, week.monday(), 7, week.zone(), asOf),
                inbox.zeroStreak(repId, weekOver, week.zone()));
    }

    /** Each owner's open and overdue emails at {@code at}. */
    private Map<Long, Inbox> inboxes(Set<Long> ids, Instant at) {
        Map<Long, int[]> counts = new HashMap<>();
        for (ItemView view : items.queue(ids, at)) {
            if (view.item().kind() == ItemKind.EMAIL) {
                int[] c = counts.computeIfAbsent(view.owner().id(), k -> new int[2]);
                c[0]++;
                c[1] += view.state() == ItemState.OVERDUE ? 1 : 0;
            }
        }
        Map<Long, Inbox> inboxes = new HashMap<>();
        counts.forEach((owner, c) -> inboxes.put(owner, Inbox.of(c[0], c[1])));
        return inboxes;
    }
}
