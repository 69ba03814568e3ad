package dev.promptly.cli;

import dev.promptly.items.Item;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reassign", mixinStandardHelpOptions = true,
        description = {"Move one or more items to another rep, with a reason recorded in each item's history.",
            "All or nothing: if any item cannot be moved, none is."})
final class ReassignCommand implements Runnable {

    private final Session session;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The items' ids.")
    List<Long> ids;

    @Option(names = "--to", required = true, paramLabel = "EMAIL", description = "The new owner.")
    String to;

    @Option(names = "--reason", required = true, paramLabel = "R")
    String reason;

    @Mixin
    AtOption at;

    @Mixin
    ByOption by;

    ReassignCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        var context = session.context();
        Instant when = session.at(at.at);
        List<Item> moved = context.items().reassign(ids, context.people().rep(to).id(), reason, when,
                session.actor(by));
        session.say("Reassigned " + moved.size() + (moved.size() == 1 ? " item" : " items") + " to " + to);
    }
}
