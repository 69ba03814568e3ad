package dev.promptly.imports.mail;

import dev.promptly.items.InboxStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inbox as the mail server counted it at each sync (docs/metrics.md, "Inbox from the mail server"): the latest
 * status, the status at the end of each day, and the streak of days that ended at inbox zero. Between two syncs the
 * inbox is taken to be as the earlier one found it.
 */
public final class InboxHistory {

    /** How far back a streak is counted. */
    static final int LONGEST_STREAK = 366;

    private final MailStore store;

    public InboxHistory(MailStore store) {
        this.store = store;
    }

    /** Each rep's inbox at its latest sync up to {@code at}; reps never synced are absent. */
    public Map<Long, MailStore.InboxSnapshot> latest(Set<Long> repIds, Instant at) {
        return store.latest(repIds, at);
    }

    public Optional<MailStore.InboxSnapshot> latest(long repId, Instant at) {
        return Optional.ofNullable(store.latest(Set.of(repId), at).get(repId));
    }

    /**
     * The status at the end of each of {@code days} days from {@code first} (in {@code zone}): the latest sync by
     * the end of the day, and not after {@code asOf}; null for a day that has not ended by {@code asOf} or before
     * the first sync.
     */
    public List<InboxStatus> endOfDays(long repId, LocalDate first, int days, ZoneId zone, Instant asOf) {
        Instant end = first.plusDays(days).atStartOfDay(zone).toInstant();
        MailStore.InboxSnapshot before = store.latest(Set.of(repId), first.atStartOfDay(zone).toInstant()).get(repId);
        List<MailStore.InboxSnapshot> during = store.snapshots(repId, first.atStartOfDay(zone).toInstant(),
                end.isBefore(asOf) ? end : asOf);
        List<InboxStatus> statuses = new ArrayList<>();
        int next = 0;
        MailStore.InboxSnapshot current = before;
        for (int d = 0; d < days; d++) {
            Instant dayEnd = first.plusDays(d + 1).atStartOfDay(zone).toInstant();
            while (next < during.size() && during.get(next).at().isBefore(dayEnd)) {
                current = during.get(next++);
            }
            statuses.add(dayEnd.isAfter(asOf) || current == null ? null : current.status());
        }
        return statuses;
    }

    /** Days in a row, up to the last day that ended by {@code at}, that ended with the inbox at zero. */
    public int zeroStreak(long repId, Instant at, ZoneId zone) {
        LocalDate lastEnded = at.atZone(zone).toLocalDate().minusDays(1);
        List<InboxStatus> days = endOfDays(repId, lastEnded.minusDays(LONGEST_STREAK - 1), LONGEST_STREAK, zone, at);
        int streak = 0;
        for (int d = days.size() - 1; d >= 0 && days.get(d) == InboxStatus.ZERO; d--) {
            streak++;
        }
        return streak;
    }
}
