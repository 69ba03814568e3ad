package dev.promptly.cli;

import dev.promptly.common.InvalidInputException;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemChanges;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemService;
import java.time.Instant;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Changes an item's subject or due time, or its customer's contact details, each change recorded as an event. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Edit an item's subject, a commitment's or follow-up's due time, or the customer's details.",
            "Each changed field is recorded as an 'edited' event with its old and new value; an empty value ('')",
            "removes a phone, email, company or subject."})
final class EditCommand implements Runnable {

    private final Session session;

    @Parameters(index = "0", paramLabel = "ID", description = "The item's id.")
    long id;

    @Option(names = "--subject", paramLabel = "TEXT", description = "The new subject.")
    String subject;

    @Option(names = "--due", paramLabel = "T", converter = Converters.InstantConverter.class,
            description = "The new due time of a commitment or follow-up that is not overdue.")
    Instant due;

    @Option(names = "--customer-name", paramLabel = "NAME", description = "The customer's name.")
    String customerName;

    @Option(names = "--phone", paramLabel = "PHONE", description = "The customer's phone number.")
    String phone;

    @Option(names = "--email", paramLabel = "EMAIL", description = "The customer's email address.")
    String email;

    @Option(names = "--company", paramLabel = "NAME", description = "The customer's company.")
    String company;

    @Mixin
    AtOption at;

    @Mixin
    ByOption by;

    EditCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        ItemChanges changes = new ItemChanges(subject, due, customerName, phone, email, company);
        if (changes.isEmpty()) {
            throw new InvalidInputException("say what to change: --subject, --due, --customer-name, --phone, --email "
                    + "or --company");
        }
        Instant when = session.at(at.at);
        ItemService items = session.context().items();
        long before = items.history(id, when).stream().mapToLong(ItemEvent::id).max().orElse(0);
        Item item = items.edit(id, null, changes, when, session.actor(by));
        String fields = items.history(id, when).stream()
                .filter(e -> e.type() == EventType.EDITED && e.id() > before)
                .map(e -> e.field().label())
                .collect(Collectors.joining(", "));
        session.say("Edited item " + item.id() + ": " + fields);
    }
}
