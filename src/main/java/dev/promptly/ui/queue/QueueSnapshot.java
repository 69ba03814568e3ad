package dev.promptly.ui.queue;

import dev.promptly.imports.mail.InboxHistory;
import dev.promptly.imports.mail.MailStore;
import dev.promptly.items.ItemQuery;
import dev.promptly.items.ItemService;
import dev.promptly.items.ItemView;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rep's queue as read from the store at one instant: their open items and what they finished that day, with the
 * header's figures. Reading it blocks, so it is read off the JavaFX thread; {@link QueueViewModel} shows it.
 */
public record QueueSnapshot(Rep rep, Team team, List<ItemRow> rows, QueueFigures figures, LocalDate day) {

    /** Reads {@code rep}'s queue as it is at {@code now}. */
    public static QueueSnapshot read(ItemService items, PeopleService people, InboxHistory inbox, Rep rep,
                                     Instant now) {
        Team team = people.teamOf(rep);
        LocalDate day = now.atZone(team.zone()).toLocalDate();
        Instant midnight = day.atStartOfDay(team.zone()).toInstant();
        List<ItemView> open = items.queue(Set.of(rep.id()), now);
        List<ItemView> done = items.list(ItemQuery.resolvedBetween(Set.of(rep.id()), midnight, now),
                ItemView.QUEUE_ORDER);
        List<ItemRow> rows = new ArrayList<>(open.size() + done.size());
        open.forEach(view -> rows.add(new ItemRow(view, now)));
        done.forEach(view -> rows.add(new ItemRow(view, now)));
        MailStore.InboxSnapshot mailbox = inbox.latest(rep.id(), now).orElse(null);
        return new QueueSnapshot(rep, team, rows, QueueFigures.of(rows, now, team.zone(), mailbox), day);
    }
}
