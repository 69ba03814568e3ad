package dev.promptly.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.FakeDialogs;
import dev.promptly.ui.ManualTaskRunner;
import dev.promptly.ui.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Background work finishing in an unlucky order must never show one rep's items, or act on them, for another. */
class QueueRacesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path folder;

    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final FakeDialogs dialogs = new FakeDialogs();
    private AppContext context;
    private Rep anna;
    private Rep ben;
    private QueueViewModel queue;

    @BeforeEach
    void setUp() {
        MutableClock clock = new MutableClock(NOW);
        context = AppContext.open(folder.resolve("r.db"), clock);
        Team team = context.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        anna = context.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        ben = context.people().addRep("Ben Okafor", "ben@x.example", team.name(), Role.LEAD, null);
        add(anna, "Anna's customer");
        add(ben, "Ben's customer");
        queue = new QueueViewModel(context.items(), context.people(), context.inbox(), clock, tasks, dialogs);
    }

    private void add(Rep owner, String customer) {
        context.items().add(new NewItem(ItemKind.COMMITMENT, owner, Customer.named(customer), "quote",
                Priority.CUSTOMER, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(2)), null, NewItem.MANUAL,
                null));
    }

    @Test
    void anOlderLoadFinishingLastDoesNotReplaceTheNewerOne() {
        queue.show(anna);
        queue.show(ben);

        tasks.run(1); // Ben's load finishes first...
        tasks.run(0); // ...then Anna's, late

        assertThat(queue.rows()).extracting(ItemRow::customer).containsExactly("Ben's customer");
        assertThat(queue.loadingProperty().get()).isFalse();
    }

    @Test
    void whileAnotherRepsQueueLoadsNothingIsSelectedToActOn() {
        queue.show(anna);
        tasks.runAll();
        assertThat(queue.selectedProperty().get().customer()).isEqualTo("Anna's customer");

        queue.show(ben);
        queue.complete();
        tasks.runAll();

        assertThat(context.items().queue(java.util.Set.of(anna.id()), NOW)).hasSize(1);
        assertThat(queue.rows()).extracting(ItemRow::customer).containsExactly("Ben's customer");
    }

    @Test
    void undoAfterAnotherChangeTakesBackNothing() {
        queue.show(anna);
        tasks.runAll();
        queue.complete();
        tasks.runAll();
        assertThat(queue.undoAvailableProperty().get()).isTrue();
        dialogs.newItem = form -> {
            form.customer.set("New customer");
            return form.values();
        };
        queue.newItem();
        tasks.runAll();

        queue.undo();
        tasks.runAll();

        assertThat(context.items().queue(java.util.Set.of(anna.id()), NOW)).extracting(v -> v.customer().name())
                .containsExactly("New customer");
    }
}
