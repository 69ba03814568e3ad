package dev.promptly.cli;

import dev.promptly.AppContext;
import dev.promptly.items.Item;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a callback, email, commitment or follow-up and print its id.",
            "Callbacks and emails are due by the owner team's target; commitments and follow-ups need --due.",
            "A customer not yet known is created by name."})
final class AddCommand implements Runnable {

    private final Session session;

    @Parameters(paramLabel = "KIND", converter = Converters.KindConverter.class,
            description = "callback, email, commitment or follow-up.")
    ItemKind kind;

    @Option(names = "--rep", required = true, paramLabel = "EMAIL", description = "The owner.")
    String rep;

    @Option(names = "--customer", required = true, paramLabel = "NAME")
    String customer;

    @Option(names = "--subject", paramLabel = "S")
    String subject;

    @Option(names = "--priority", paramLabel = "P", defaultValue = "customer",
            converter = Converters.PriorityConverter.class,
            description = "customer, company or self (default: ${DEFAULT-VALUE}).")
    Priority priority;

    @Option(names = "--received", paramLabel = "T", converter = Converters.InstantConverter.class,
            description = "When it came in or was promised (default: now).")
    Instant received;

    @Option(names = "--due", paramLabel = "T", converter = Converters.InstantConverter.class,
            description = "When a commitment or follow-up is due.")
    Instant due;

    @Option(names = "--requested", paramLabel = "T", converter = Converters.InstantConverter.class,
            description = "A time the customer asked to be called back; it becomes the due time.")
    Instant requested;

    AddCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        AppContext context = session.context();
        var people = context.people();
        NewItem request = new NewItem(kind, people.rep(rep), Customer.named(customer), subject, priority,
                session.at(received), due, requested, NewItem.MANUAL, null);
        Item item = context.items().add(request);
        session.out().println(item.id());
    }
}
