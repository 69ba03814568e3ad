package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.TestWorld;
import dev.promptly.common.ConflictException;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.StoreException;
import dev.promptly.imports.ImportLedger;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Role;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.StoreBackend;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the features rely on from a store, the same on SQLite and on PostgreSQL: append-only events in order, ids
 * that grow, stale versions refused, instants given back to the millisecond, names unique and found ignoring case,
 * nothing left of a failed transaction, the import ledger's answers.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class StoreContractTest {

    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    private TestWorld world;
    private Store store;

    @BeforeEach
    void open() {
        world = new TestWorld(folder, backend);
        store = world.context.store();
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void eventsComeBackInOrderWithGrowingIdsAndCannotBeChangedOrDeleted() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        Item noted = store.items().append(item, ItemEvent.note(Instant.parse("2026-11-20T11:00:00Z"), world.anna.id(),
                "first"));
        store.items().append(noted, ItemEvent.note(Instant.parse("2026-11-20T10:30:00Z"), world.anna.id(), "earlier"));

        List<ItemEvent> events = store.items().events(item.id());

        assertThat(events).extracting(ItemEvent::note).containsExactly(null, "earlier", "first");
        assertThat(events.get(1).id()).isGreaterThan(events.get(2).id());
        assertThatThrownBy(() -> store.database().withConnection(c -> c.createStatement()
                .executeUpdate("UPDATE item_events SET note = 'x'"))).hasMessageContaining("append-only");
        assertThatThrownBy(() -> store.database().withConnection(c -> c.createStatement()
                .executeUpdate("DELETE FROM item_events"))).hasMessageContaining("append-only");
        assertThat(store.items().events(item.id())).hasSize(3);
    }

    @Test
    void aWriteBasedOnAnOldVersionIsRefused() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        ItemEvent note = ItemEvent.note(Instant.parse("2026-11-20T11:00:00Z"), world.anna.id(), "first");
        store.items().append(item, note);

        assertThatThrownBy(() -> store.items().append(item, note)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(store.items().events(item.id())).hasSize(2);
    }

    @Test
    void instantsComeBackToTheMillisecond() {
        Instant received = Instant.parse("2026-11-20T10:15:30.123Z");
        Item item = world.context.items().add(new dev.promptly.items.NewItem(ItemKind.COMMITMENT, world.anna,
                Customer.named("Carla"), "Quote", Priority.COMPANY, received, Instant.parse("2026-11-27T16:59:59.999Z"),
                null, dev.promptly.items.NewItem.MANUAL, null));

        Item read = store.items().find(item.id()).orElseThrow();

        assertThat(read.receivedAt()).isEqualTo(received);
        assertThat(read.dueAt()).isEqualTo(Instant.parse("2026-11-27T16:59:59.999Z"));
        assertThat(store.items().events(item.id()).get(0).at()).isEqualTo(received);
    }

    @Test
    void teamNamesAndEmailsAreUniqueAndFoundIgnoringCase() {
        assertThatThrownBy(() -> world.context.people().addTeam("SUPPORT BERLIN", ZoneId.of("UTC"),
                ResponsePolicy.standard())).isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> world.context.people().addRep("Anna Again", "Anna@Promptly.Example",
                "Support Berlin", Role.REP, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already exists");

        assertThat(store.teams().findByName("support berlin")).get().extracting(t -> t.id())
                .isEqualTo(world.berlin.id());
        assertThat(store.reps().findByEmail("ANNA@PROMPTLY.EXAMPLE")).get().extracting(r -> r.id())
                .isEqualTo(world.anna.id());
        world.callback(world.anna, "Chia Santos", "2026-11-20T10:00:00Z");
        assertThat(store.customers().findByName("chia santos")).get().extracting(Customer::name)
                .isEqualTo("Chia Santos");
    }

    @Test
    void teamsAreListedByNameIgnoringCase() {
        world.context.people().addTeam("accounts", ZoneId.of("UTC"), ResponsePolicy.standard());
        world.context.people().addTeam("Zurich", ZoneId.of("UTC"), ResponsePolicy.standard());

        assertThat(store.teams().list()).extracting(t -> t.name())
                .containsExactly("accounts", "Support Berlin", "Zurich");
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            store.customers().add(Customer.named("Half Written"));
            store.reps().add(new dev.promptly.people.Rep(0, "Dup", "anna@promptly.example", null, world.berlin.id(),
                    Role.REP));
        })).isInstanceOf(InvalidInputException.class);

        assertThat(store.customers().findByName("Half Written")).isEmpty();
    }

    @Test
    void aReferenceToNobodyIsRefused() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        ItemEvent toNobody = ItemEvent.transfer(EventType.REASSIGNED, Instant.parse("2026-11-20T11:00:00Z"), null,
                world.anna.id(), 9999, "gone");

        assertThatThrownBy(() -> store.items().append(item, toNobody)).isInstanceOf(StoreException.class);
        assertThat(store.items().events(item.id())).hasSize(1);
    }

    @Test
    void itemsWrittenInABatchAreFollowedBySingleWritesWithHigherIds() {
        Item template = world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        List<ItemEvent> history = store.items().events(template.id());
        long[] batchIds = new long[3];
        store.transactions().inTransaction(() -> {
            try (var batch = store.items().batch()) {
                for (int i = 0; i < batchIds.length; i++) {
                    batchIds[i] = batch.add(template, history);
                }
            }
        });

        Item single = world.callback(world.anna, "Dan Brown", "2026-11-20T12:00:00Z");

        assertThat(batchIds).containsExactly(template.id() + 1, template.id() + 2, template.id() + 3);
        assertThat(single.id()).isGreaterThan(batchIds[2]);
        assertThat(store.items().events(single.id())).hasSize(1);
        assertThat(store.check()).isEmpty();
    }

    @Test
    void theImportLedgerAnswersWhatWasImportedAndRefusesNothingTwice() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        var ledger = store.imports();
        ledger.record("cdr", List.of(new ImportLedger.Entry("call-1", ImportLedger.Role.CREATED, item.id()),
                new ImportLedger.Entry("call-2", ImportLedger.Role.NONE, null)), Instant.parse("2026-11-20T10:00:00Z"));

        assertThat(ledger.items("cdr", List.of("call-1", "call-2", "call-3")))
                .containsEntry("call-1", item.id()).containsEntry("call-2", 0L).doesNotContainKey("call-3");
        assertThat(ledger.timesCalled("cdr", item.id())).isEqualTo(1);
        assertThat(ledger.items("csv", List.of("call-1"))).isEmpty();
    }

    @Test
    void openItemsOfAnOwnerAreFoundAsOfAnInstant() {
        Item open = world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        world.callback(world.ben, "Dan Brown", "2026-11-20T10:00:00Z");

        List<Item> candidates = store.items().candidates(ItemQuery.openAt(java.util.Set.of(world.anna.id()),
                TestWorld.NOW));

        assertThat(candidates).extracting(Item::id).containsExactly(open.id());
    }
}
