package dev.promptly;

import dev.promptly.items.Item;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.StoreBackend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A real store (a file in a temporary folder, or a team store) with one Berlin team of two reps, for tests. */
public final class TestWorld implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    public final AppContext context;
    public final Team berlin;
    public final Rep anna;
    public final Rep ben;

    public TestWorld(Path folder) {
        this(new StoreLocation.File(folder.resolve("promptly.db")));
    }

    public TestWorld(Path folder, StoreBackend backend) {
        this(backend.newStore(folder));
    }

    private TestWorld(StoreLocation store) {
        context = AppContext.open(store, null, Clock.fixed(NOW, ZoneOffset.UTC));
        berlin = context.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        anna = context.people().addRep("Anna Schmidt", "anna@promptly.example", berlin.name(), Role.REP, "201");
        ben = context.people().addRep("Ben Okafor", "ben@promptly.example", berlin.name(), Role.LEAD, "202");
    }

    @Override
    public void close() {
        context.close();
    }

    public Item callback(Rep owner, String customer, String received) {
        return add(ItemKind.CALLBACK, owner, customer, Priority.CUSTOMER, received, null);
    }

    public Item add(ItemKind kind, Rep owner, String customer, Priority priority, String received, String due) {
        return context.items().add(new NewItem(kind, owner, Customer.named(customer), kind.label() + " for " + customer,
                priority, Instant.parse(received), due == null ? null : Instant.parse(due), null, NewItem.MANUAL, null));
    }
}
