package dev.promptly.cli;

import dev.promptly.people.Customer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "customers", description = "Add and list customers.", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class CustomersCommand {

    private final Session session;

    CustomersCommand(Session session) {
        this.session = session;
    }

    @Command(name = "add", description = "Add a customer.", mixinStandardHelpOptions = true)
    void add(@Option(names = "--name", required = true, paramLabel = "NAME") String name,
             @Option(names = "--company", paramLabel = "C") String company,
             @Option(names = "--phone", paramLabel = "P") String phone,
             @Option(names = "--email", paramLabel = "E") String email,
             @Option(names = "--hot-buttons", paramLabel = "TEXT",
                     description = "What matters most to this customer.") String hotButtons) {
        Customer customer = session.context().people().addCustomer(
                new Customer(0, name, company, phone, email, hotButtons));
        session.out().println(customer.id());
    }

    @Command(name = "list", description = "List customers, by name.", mixinStandardHelpOptions = true)
    void list(@Mixin FormatOption format) {
        Listing listing = new Listing("id", "name", "company", "phone", "email", "hot_buttons");
        for (Customer c : session.context().people().customers()) {
            listing.row(c.id(), c.name(), c.company(), c.phone(), c.email(), c.hotButtons());
        }
        listing.print(session.out(), format.format);
    }
}
