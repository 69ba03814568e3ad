package dev.promptly.cli;

import dev.promptly.AppContext;
import dev.promptly.items.Item;
import dev.promptly.items.ItemView;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "Open items: the customer's first, then the company's, then one's own; each by due time.")
final class QueueCommand implements Runnable {

    private final Session session;

    @ArgGroup(exclusive = true)
    ScopeOption scope = new ScopeOption();

    @Mixin
    AtOption at;

    @Mixin
    FormatOption format;

    QueueCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        AppContext context = session.context();
        Instant asOf = session.at(at.at);
        List<ItemView> queue = context.items().queue(scope.ownerIds(session, "the queue"), asOf);
        Listing listing = new Listing("id", "kind", "rep", "customer", "subject", "priority", "received_at", "due_at",
                "state", "attempts", "promised_until");
        for (ItemView view : queue) {
            Item item = view.item();
            listing.row(item.id(), item.kind().label(), view.owner().email(), ItemColumns.customer(view),
                    item.subject(), item.priority().label(), ItemColumns.time(view, item.receivedAt()),
                    ItemColumns.time(view, item.dueAt()), view.state().label(), item.progress().attempts(),
                    ItemColumns.time(view, item.progress().promisedUntil()));
        }
        listing.print(session.out(), format.format);
    }
}
