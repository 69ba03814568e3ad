package dev.promptly.board;

import dev.promptly.imports.mail.InboxHistory;
import dev.promptly.imports.mail.MailStore;
import dev.promptly.items.EscalationLog;
import dev.promptly.items.InboxStatus;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.items.ItemView;
import dev.promptly.people.Directory;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import dev.promptly.reports.ResponseStats;
import dev.promptly.reports.ResponseWeek;
import dev.promptly.reports.Trend;
import dev.promptly.reports.Week;
import dev.promptly.sla.ItemState;
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

/** Builds the team lead's board as it stood at an instant; the desktop board and {@code promptly board} share it. */
public final class BoardService {

    static final Duration UNRETURNED_AFTER = Duration.ofHours(24);
    static final Duration ESCALATIONS_FOR = Duration.ofDays(7);
    /** This week and the four before it, which the trend alert compares. */
    static final int TREND_WEEKS = 5;

    /** The reps most behind first: most overdue, then the oldest overdue, then the lowest on-time rate. */
    public static final Comparator<RepRow> MOST_BEHIND_FIRST = Comparator
            .comparingInt(RepRow::overdue).reversed()
            .thenComparing(RepRow::oldestOverdue, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(RepRow::onTimePctWeek, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.rep().name());

    private final ItemService items;
    private final PeopleService people;
    private final ResponseStats stats;
    private final EscalationLog escalations;
    private final InboxHistory inbox;

    public BoardService(ItemService items, PeopleService people, ResponseStats stats, EscalationLog escalations,
                        InboxHistory inbox) {
        this.items = items;
        this.people = people;
        this.stats = stats;
        this.escalations = escalations;
        this.inbox = inbox;
    }

    /**
     * The board of {@code team}, or of all teams when it is null, as it stood at {@code at}. Each rep's week is their
     * team's week, in its time zone; for all teams the trend adds the teams' weeks up.
     */
    public Board board(Team team, Instant at) {
        List<Team> teams = team == null ? people.teams() : List.of(team);
        List<Rep> reps = team == null ? people.reps() : people.repsOf(team);
        Set<Long> ids = reps.stream().map(Rep::id).collect(Collectors.toSet());

        List<ItemView> open = items.queue(ids, at);
        Map<Long, List<ItemView>> openByRep = open.stream().collect(Collectors.groupingBy(v -> v.owner().id()));
        Map<Long, ResponseWeek> weekByRep = new HashMap<>();
        List<ResponseWeek> history = Collections.nCopies(TREND_WEEKS, ResponseWeek.NONE);
        for (Team t : teams) {
            Set<Long> teamIds = reps.stream().filter(r -> r.teamId() == t.id()).map(Rep::id)
                    .collect(Collectors.toSet());
            Week week = Week.containing(at, t.zone());
            Map<Long, ResponseWeek> byRep = stats.byOwner(teamIds, week, at);
            weekByRep.putAll(byRep);
            ResponseWeek teamWeek = byRep.values().stream().reduce(ResponseWeek.NONE, ResponseWeek::plus);
            history = ResponseWeek.plus(history, stats.totals(teamIds, week, teamWeek, TREND_WEEKS, at));
        }
        Map<Long, MailStore.InboxSnapshot> synced = inbox.latest(ids, at);
        List<RepRow> rows = reps.stream()
                .map(rep -> row(rep, openByRep.getOrDefault(rep.id(), List.of()), weekByRep.get(rep.id()),
                        synced.get(rep.id()), at))
                .sorted(MOST_BEHIND_FIRST)
                .toList();

        List<Board.LateCommitment> lateCommitments = open.stream()
                .filter(v -> v.item().kind() == ItemKind.COMMITMENT && v.state() == ItemState.OVERDUE)
                .map(v -> new Board.LateCommitment(v, Duration.between(v.effectiveDueAt(), at)))
                .sorted(Comparator.comparing(Board.LateCommitment::late).reversed())
                .toList();
        List<ItemView> unreturned = open.stream()
                .filter(v -> v.item().kind() == ItemKind.CALLBACK
                        && !v.item().receivedAt().isAfter(at.minus(UNRETURNED_AFTER)))
                .sorted(Comparator.comparing(v -> v.item().receivedAt()))
                .toList();
        Trend trend = Trend.of(Week.containing(at, team == null ? ZoneOffset.UTC : team.zone()), history);
        return new Board(team, at, rows, lateCommitments, unreturned, escalations(ids, at), trend);
    }

    /** @param synced the inbox as the mail server counted it at the latest sync; null when never synced */
    private static RepRow row(Rep rep, List<ItemView> open, ResponseWeek week, MailStore.InboxSnapshot synced,
                              Instant at) {
        int[] overdue = new int[ItemKind.values().length];
        Duration oldest = null;
        int dueSoon = 0;
        int emails = 0;
        int overdueEmails = 0;
        for (ItemView view : open) {
            ItemKind kind = view.item().kind();
            if (view.state() == ItemState.OVERDUE) {
                overdue[kind.ordinal()]++;
                Duration late = Duration.between(view.effectiveDueAt(), at);
                oldest = oldest == null || late.compareTo(oldest) > 0 ? late : oldest;
            }
            dueSoon += view.state() == ItemState.DUE_SOON ? 1 : 0;
            if (kind == ItemKind.EMAIL) {
                emails++;
                overdueEmails += view.state() == ItemState.OVERDUE ? 1 : 0;
            }
        }
        return new RepRow(rep, open.size(), overdue[ItemKind.CALLBACK.ordinal()], overdue[ItemKind.EMAIL.ordinal()],
                overdue[ItemKind.COMMITMENT.ordinal()], overdue[ItemKind.FOLLOW_UP.ordinal()], oldest, dueSoon, emails,
                synced != null ? synced.status() : InboxStatus.of(emails, overdueEmails),
                week == null ? null : week.onTimePct());
    }

    private List<Escalation> escalations(Set<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Directory directory = people.directory();
        List<Escalation> result = new ArrayList<>();
        for (EscalationLog.Entry e : escalations.between(ids, at.minus(ESCALATIONS_FOR), at)) {
            result.add(new Escalation(e.itemId(), e.customer(), e.subject(), e.at(), directory.rep(e.fromRepId()),
                    directory.rep(e.toRepId()), e.reason(),
                    e.pickedUpAt() == null ? null : Duration.between(e.at(), e.pickedUpAt())));
        }
        return result;
    }
}
