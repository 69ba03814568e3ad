package dev.promptly.ui.queue;

import dev.promptly.imports.mail.MailStore;
import dev.promptly.items.InboxStatus;
import dev.promptly.items.ItemKind;
import dev.promptly.sla.ItemState;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Today's figures in the queue header, for the rep's team zone: defined in docs/metrics.md.
 *
 * @param answeredToday items returned, replied or completed since midnight
 * @param commitmentsThisWeek open commitments due from Monday to Sunday of this week
 * @param openEmails    open emails, for the inbox status
 * @param synced        the inbox as the mail server counted it at the latest sync, which then decides the inbox
 *                      status; null when the rep's mailbox is not synced
 */
public record QueueFigures(int overdue, int dueToday, int answeredToday, int commitmentsThisWeek, int openEmails,
                           InboxStatus inbox, MailStore.InboxSnapshot synced) {

    public static final QueueFigures NONE = new QueueFigures(0, 0, 0, 0, 0, InboxStatus.ZERO, null);

    static QueueFigures of(List<ItemRow> rows, Instant now, ZoneId zone, MailStore.InboxSnapshot synced) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        Instant nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        int overdue = 0;
        int dueToday = 0;
        int answered = 0;
        int commitments = 0;
        int emails = 0;
        int overdueEmails = 0;
        for (ItemRow row : rows) {
            ItemState state = row.getState();
            if (!state.isOpen()) {
                answered++;
                continue;
            }
            Instant due = row.view().effectiveDueAt();
            ItemKind kind = row.item().kind();
            overdue += state == ItemState.OVERDUE ? 1 : 0;
            dueToday += !due.isBefore(now) && due.isBefore(tomorrow) ? 1 : 0;
            commitments += kind == ItemKind.COMMITMENT && !due.isBefore(monday) && due.isBefore(nextMonday) ? 1 : 0;
            if (kind == ItemKind.EMAIL) {
                emails++;
                overdueEmails += state == ItemState.OVERDUE ? 1 : 0;
            }
        }
        return new QueueFigures(overdue, dueToday, answered, commitments, emails,
                synced != null ? synced.status() : InboxStatus.of(emails, overdueEmails), synced);
    }
}
