package dev.promptly.cli;

import dev.promptly.items.CustomerSearch;
import dev.promptly.items.ItemView;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.SignedIn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = "Find customers of the team by name, company, email or phone (in any formatting), with "
                    + "their open items whoever owns them and their latest done ones: one line per item.")
    void find(@Parameters(paramLabel = "TEXT", description = "What the caller says: a name, company, email or phone.")
              String text,
              @Option(names = "--team", paramLabel = "NAME",
                      description = "Customers with items in this team (default: every team the store shows you; "
                              + "signed in to a team store as a rep or lead, your own team).") String team,
              @Mixin AtOption at, @Mixin FormatOption format) {
        var context = session.context();
        CustomerSearch search = context.customerSearch();
        Set<Long> owners = null;
        if (team != null) {
            owners = context.people().repsOf(context.people().team(team)).stream().map(Rep::id)
                    .collect(Collectors.toSet());
        } else {
            SignedIn signedIn = context.signedIn().orElse(null);
            if (signedIn != null && signedIn.rep() != null) {
                owners = search.scope(signedIn.rep(), signedIn);
            }
        }
        Instant asOf = session.at(at.at);
        Listing listing = new Listing("customer_id", "customer", "company", "phone", "email", "item", "kind",
                "subject", "rep", "state", "due_at", "resolved_at");
        for (CustomerSearch.Found found : search.find(text, owners, asOf)) {
            Customer c = found.customer();
            List<ItemView> items = new ArrayList<>(found.open());
            items.addAll(found.recent());
            for (ItemView view : items) {
                listing.row(c.id(), c.name(), c.company(), c.phone(), c.email(), view.item().id(),
                        view.item().kind().label(), view.item().subject(), view.owner().email(), view.state().label(),
                        ItemColumns.time(view, view.item().dueAt()),
                        ItemColumns.time(view, view.item().progress().resolvedAt()));
            }
        }
        listing.print(session.out(), format.format);
    }
}
