package dev.promptly.board;

import dev.promptly.items.InboxStatus;
import dev.promptly.people.Rep;
import java.time.Duration;

/**
 * One rep's line on the team board (docs/metrics.md, "The team board").
 *
 * @param oldestOverdue how long the longest-overdue open item is past its due time; null when none is overdue
 * @param onTimePctWeek the rep's on-time rate this week so far; null when nothing is decided yet
 */
public record RepRow(Rep rep, int open, int overdueCallbacks, int overdueEmails, int overdueCommitments,
                     int overdueFollowUps, Duration oldestOverdue, int dueSoon, int openEmails, InboxStatus inbox,
                     Double onTimePctWeek) {

    public int overdue() {
        return overdueCallbacks + overdueEmails + overdueCommitments + overdueFollowUps;
    }
}
