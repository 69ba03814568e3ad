package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.TestWorld;
import dev.promptly.common.ConflictException;
import dev.promptly.items.Item;
import dev.promptly.items.ItemAction;
import dev.promptly.testing.TestPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Twenty Promptly clients, each with its own connections, writing to one team store at once: every write that was
 * reported done is there, the ones that lost a race were told so, and the store's checks find nothing wrong.
 */
class ConcurrentWritersTest {

    private static final int CLIENTS = 20;
    private static final int ACTIONS = 15;
    /**
     * How long the clients keep writing beyond their first ACTIONS actions: none in the suite; the documented harness
     * (docs/benchmarks.md) runs it for a minute with {@code -Dpromptly.writers.seconds=60}.
     */
    private static final long SECONDS = Long.getLong("promptly.writers.seconds", 0);
    private static final Instant SHARED_NOTES_AT = TestWorld.NOW.minusSeconds(1800);

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twentyClientsLoseNoEventAndLeaveTheStoreSound() throws Exception {
        StoreLocation.Server store = TestPostgres.newStore();
        List<Long> items = new ArrayList<>();
        Item shared;
        AppContext setup = AppContext.open(store, null, Clock.fixed(TestWorld.NOW, ZoneOffset.UTC));
        try {
            var team = setup.people().addTeam("Support Berlin", java.time.ZoneId.of("Europe/Berlin"),
                    dev.promptly.sla.ResponsePolicy.standard());
            var anna = setup.people().addRep("Anna Schmidt", "anna@x.example", team.name(),
                    dev.promptly.people.Role.REP, null);
            for (int client = 0; client < CLIENTS; client++) {
                items.add(add(setup, anna, "Customer " + client).id());
            }
            shared = add(setup, anna, "Shared Customer");
        } finally {
            setup.close();
        }

        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        int[] actions = new int[CLIENTS];
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger sharedAttempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            long own = items.get(client);
            int minute = client;
            done.add(pool.submit(() -> {
                AppContext context = AppContext.open(store, null, Clock.fixed(TestWorld.NOW, ZoneOffset.UTC));
                try {
                    for (int i = 0; i < ACTIONS || System.nanoTime() < deadline; i++) {
                        Instant at = TestWorld.NOW.minusSeconds(3600).plusSeconds(minute * 60L).plusMillis(i);
                        context.items().apply(own, null, new ItemAction.Note(at, "call " + i));
                        try {
                            // Every client notes the shared item as it last saw it: only one of those at a time wins.
                            Item current = context.items().item(shared.id());
                            context.items().apply(current.id(), current.version(),
                                    new ItemAction.Note(SHARED_NOTES_AT, "client " + minute));
                            sharedAttempts.incrementAndGet();
                        } catch (ConflictException lostTheRace) {
                            conflicts.incrementAndGet();
                        }
                        actions[minute]++;
                    }
                } finally {
                    context.close();
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        System.out.printf("%d clients wrote %d notes on their own items and tried %d on the shared one (%d lost the "
                + "race) in %d s%n", CLIENTS, java.util.Arrays.stream(actions).sum(), sharedAttempts.get()
                + conflicts.get(), conflicts.get(), SECONDS);
        Store check = Store.open(store, null);
        try {
            for (int client = 0; client < CLIENTS; client++) {
                assertThat(check.items().events(items.get(client))).as("client " + client)
                        .hasSize(1 + actions[client]);
            }
            assertThat(check.items().events(shared.id())).hasSize(1 + sharedAttempts.get());
            assertThat(sharedAttempts.get() + conflicts.get()).isEqualTo(java.util.Arrays.stream(actions).sum());
            assertThat(check.check()).isEmpty();
        } finally {
            check.close();
        }
    }

    private static Item add(AppContext context, dev.promptly.people.Rep owner, String customer) {
        return context.items().add(new dev.promptly.items.NewItem(dev.promptly.items.ItemKind.CALLBACK, owner,
                dev.promptly.people.Customer.named(customer), "Call " + customer, dev.promptly.items.Priority.CUSTOMER,
                TestWorld.NOW.minusSeconds(7200), null, null, dev.promptly.items.NewItem.MANUAL, null));
    }
}
