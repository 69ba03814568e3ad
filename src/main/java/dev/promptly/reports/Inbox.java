package dev.promptly.reports;

import dev.promptly.items.InboxStatus;

/**
 * Open emails at the end of a week (or as of an earlier instant). For a team the counts add up and the status is
 * the worst of its reps': one rep over the limit puts the team's inbox over.
 */
public record Inbox(int openEmails, int overdueEmails, InboxStatus status) {

    public static final Inbox EMPTY = new Inbox(0, 0, InboxStatus.ZERO);

    public static Inbox of(int openEmails, int overdueEmails) {
        return new Inbox(openEmails, overdueEmails, InboxStatus.of(openEmails, overdueEmails));
    }

    public Inbox plus(Inbox other) {
        InboxStatus worse = status.compareTo(other.status) >= 0 ? status : other.status;
        return new Inbox(openEmails + other.openEmails, overdueEmails + other.overdueEmails, worse);
    }
}
