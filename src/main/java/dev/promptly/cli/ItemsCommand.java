package dev.promptly.cli;

import dev.promptly.AppContext;
import dev.promptly.common.InvalidInputException;
import dev.promptly.items.Item;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import dev.promptly.items.ItemView;
import java.time.Instant;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "items", mixinStandardHelpOptions = true,
        description = "Every item, open or done, received in a range, with its times and its state as of --at.")
final class ItemsCommand implements Runnable {

    private final Session session;

    @ArgGroup(exclusive = true)
    ScopeOption scope = new ScopeOption();

    @Option(names = "--kind", paramLabel = "K", converter = Converters.KindConverter.class,
            description = "Only callbacks, emails, commitments or follow-ups.")
    ItemKind kind;

    @Option(names = "--from", paramLabel = "T", converter = Converters.InstantConverter.class,
            description = "Received at or after T.")
    Instant from;

    @Option(names = "--to", paramLabel = "T", converter = Converters.InstantConverter.class,
            description = "Received before T.")
    Instant to;

    @Mixin
    AtOption at;

    @Mixin
    FormatOption format;

    ItemsCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("--to " + to + " must be after --from " + from);
        }
        AppContext context = session.context();
        Instant asOf = session.at(at.at);
        ItemQuery query = ItemQuery.received(scope.ownerIds(session, "the items"), kind, from, to, asOf);
        Listing listing = new Listing("id", "kind", "rep", "customer", "subject", "priority", "received_at", "due_at",
                "responded_at", "completed_at", "promised_until", "state", "attempts", "source");
        for (ItemView view : context.items().list(query, ItemView.RECEIVED_ORDER)) {
            Item item = view.item();
            listing.row(item.id(), item.kind().label(), view.owner().email(), ItemColumns.customer(view),
                    item.subject(), item.priority().label(), ItemColumns.time(view, item.receivedAt()),
                    ItemColumns.time(view, item.dueAt()), ItemColumns.time(view, ItemColumns.respondedAt(item)),
                    ItemColumns.time(view, ItemColumns.completedAt(item)),
                    ItemColumns.time(view, item.progress().promisedUntil()), view.state().label(),
                    item.progress().attempts(), item.source());
        }
        listing.print(session.out(), format.format);
    }
}
