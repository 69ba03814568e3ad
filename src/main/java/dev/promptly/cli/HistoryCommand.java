package dev.promptly.cli;

import dev.promptly.AppContext;
import dev.promptly.items.Item;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.Progress;
import dev.promptly.people.Directory;
import java.util.List;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true, description = "An item's events, oldest first.")
final class HistoryCommand implements Runnable {

    private final Session session;

    @Parameters(paramLabel = "ID")
    long id;

    @Mixin
    AtOption at;

    @Mixin
    FormatOption format;

    HistoryCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        AppContext context = session.context();
        Item item = context.items().item(id);
        Directory directory = context.people().directory();
        List<ItemEvent> events = context.items().history(id, session.at(at.at));
        // Times read in the zone of whoever owned the item at that instant, as in queue and items.
        ZoneId zone = directory.teamOf(Progress.replay(item.kind(), events).ownerId()).zone();
        Listing listing = new Listing("id", "event", "at", "by", "outcome", "promised_until", "due_at", "from", "to",
                "note", "undoes", "field", "old", "new");
        for (ItemEvent e : events) {
            listing.row(e.id(), e.type().label(), Times.iso(e.at(), zone), email(directory, e.actorId()),
                    e.outcome() == null ? null : e.outcome().label(), Times.iso(e.promisedUntil(), zone),
                    Times.iso(e.dueAt(), zone), email(directory, e.fromRepId()), email(directory, e.toRepId()),
                    e.note(), e.undoesEventId(), e.field() == null ? null : e.field().label(), e.oldValue(),
                    e.newValue());
        }
        listing.print(session.out(), format.format);
    }

    private static String email(Directory directory, Long repId) {
        return repId == null ? null : directory.rep(repId).email();
    }
}
