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
     * The status at the end of each of {@code days} days from {@code first} (in {@code zone}): the latest sync before
     * the day ended; null for a day that has not ended by {@code asOf} or ended before the first sync.
     */
    public List<InboxStatus> endOfDays(long repId, LocalDate first, int days, ZoneId zone, Instant asOf) {
        List<InboxStatus> statuses = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            statuses.add(endOf(repId, first.plusDays(d), zone, asOf));
        }
        return statuses;
    }

    /**
     * Days in a row, up to the last day that ended by {@code at}, that ended with the inbox at zero. Asks one day at a
     * time, back from yesterday, so that a rep syncing every few minutes for a year costs a lookup per streak day,
     * not a year of syncs.
     */
    public int zeroStreak(long repId, Instant at, ZoneId zone) {
        int streak = 0;
        LocalDate day = at.atZone(zone).toLocalDate().minusDays(1);
        while (streak < LONGEST_STREAK && endOf(repId, day, zone, at) == InboxStatus.ZERO) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    private InboxStatus endOf(long repId, LocalDate day, ZoneId zone, Instant asOf) {
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        if (end.isAfter(asOf)) {
            return null;
        }
        // A sync at midnight belongs to the day it starts.
        MailStore.InboxSnapshot last = store.latest(Set.of(repId), end.minusMillis(1)).get(repId);
        return last == null ? null : last.status();
    }
}
