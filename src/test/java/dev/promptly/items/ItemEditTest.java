package dev.promptly.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.TestWorld;
import dev.promptly.common.InvalidInputException;
import dev.promptly.people.Customer;
import dev.promptly.sla.ItemState;
import dev.promptly.testing.StoreBackend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Edits are events: each changed field is recorded with who, when, old and new value, and replays like the rest. */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class ItemEditTest {

    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    private TestWorld world;
    private ItemService items;

    @BeforeEach
    void openStore() {
        world = new TestWorld(folder, backend);
        items = world.context.items();
    }

    @AfterEach
    void closeStore() {
        world.close();
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private List<ItemEvent> edits(long id) {
        return items.history(id, TestWorld.NOW).stream().filter(e -> e.type() == EventType.EDITED).toList();
    }

    private Customer customerOf(Item item) {
        return world.context.people().customers().stream().filter(c -> c.id() == item.customerId()).findFirst()
                .orElseThrow();
    }

    @Test
    void eachChangedFieldIsAnEventWithWhoWhenOldAndNewAndEarlierEventsStayAsTheyWere() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T09:00:00Z");
        List<ItemEvent> before = items.history(item.id(), TestWorld.NOW);

        Item edited = items.edit(item.id(), item.version(), ItemChanges.NONE.withSubject("Refund for order 118")
                .withPhone("+49 30 1234").withCustomerName("Carla Diaz"), at("2026-11-20T10:00:00Z"), world.ben.id());

        assertThat(edited.subject()).isEqualTo("Refund for order 118");
        assertThat(items.item(item.id()).subject()).isEqualTo("Refund for order 118");
        assertThat(customerOf(item).phone()).isEqualTo("+49 30 1234");
        assertThat(edits(item.id())).extracting(ItemEvent::field, ItemEvent::oldValue, ItemEvent::newValue,
                        ItemEvent::actorId, ItemEvent::at)
                .as("the unchanged name makes no event")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EditedField.SUBJECT, "callback for Carla Diaz",
                                "Refund for order 118", world.ben.id(), at("2026-11-20T10:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(EditedField.PHONE, null, "+49 30 1234", world.ben.id(),
                                at("2026-11-20T10:00:00Z")));
        assertThat(items.history(item.id(), TestWorld.NOW)).startsWith(before.toArray(ItemEvent[]::new));
    }

    @Test
    void anEditThatChangesNothingIsRefusedAndWritesNothing() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T09:00:00Z");

        assertThatThrownBy(() -> items.edit(item.id(), null, ItemChanges.NONE.withSubject("callback for Carla Diaz"),
                at("2026-11-20T10:00:00Z"), world.anna.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing to change");
        assertThatThrownBy(() -> items.edit(item.id(), null, ItemChanges.NONE.withSubject("New").withCustomerName(" "),
                at("2026-11-20T10:00:00Z"), world.anna.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a name");
        assertThat(edits(item.id())).isEmpty();
        assertThat(items.item(item.id()).subject()).as("all or nothing").isEqualTo("callback for Carla Diaz");
    }

    @Test
    void anEditedDueTimeReplacesTheDueTimeInTheQueueAndTheStatesAndUndoRestoresIt() {
        Item commitment = world.add(ItemKind.COMMITMENT, world.anna, "Dana", Priority.CUSTOMER,
                "2026-11-20T09:00:00Z", "2026-11-20T16:00:00Z");

        items.edit(commitment.id(), null, ItemChanges.NONE.withDue(at("2026-11-21T16:00:00Z")),
                at("2026-11-20T12:00:00Z"), world.anna.id());

        ItemView asOfEvening = items.queue(Set.of(world.anna.id()), at("2026-11-20T18:00:00Z")).get(0);
        assertThat(asOfEvening.item().dueAt()).isEqualTo(at("2026-11-21T16:00:00Z"));
        assertThat(asOfEvening.state()).as("judged against the new due time").isEqualTo(ItemState.PENDING);
        ItemView asOfMorning = items.queue(Set.of(world.anna.id()), at("2026-11-20T11:00:00Z")).get(0);
        assertThat(asOfMorning.item().dueAt()).as("before the edit, the old due time").isEqualTo(at("2026-11-20T16:00:00Z"));
        assertThat(edits(commitment.id()).get(0).dueSoonAt()).isEqualTo(at("2026-11-21T12:00:00Z"));

        Item completed = items.apply(commitment.id(), null, new ItemAction.Complete(at("2026-11-21T10:00:00Z")));
        assertThat(completed.deadline().stateAt(TestWorld.NOW)).isEqualTo(ItemState.DONE_ON_TIME);

        items.apply(commitment.id(), null, new ItemAction.Undo(at("2026-11-21T10:01:00Z")));
        Item undone = items.apply(commitment.id(), null, new ItemAction.Undo(at("2026-11-21T10:02:00Z")));
        assertThat(undone.dueAt()).as("the undo of the edit brings the old due time back")
                .isEqualTo(at("2026-11-20T16:00:00Z"));
        assertThat(undone.deadline().stateAt(TestWorld.NOW)).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void aDueTimeThatPassedOrAResponseTargetIsNotEdited() {
        Item commitment = world.add(ItemKind.COMMITMENT, world.anna, "Dana", Priority.CUSTOMER,
                "2026-11-20T09:00:00Z", "2026-11-20T16:00:00Z");
        Item callback = world.callback(world.anna, "Carla", "2026-11-20T09:00:00Z");

        assertThatThrownBy(() -> items.edit(commitment.id(), null, ItemChanges.NONE.withDue(at("2026-11-22T16:00:00Z")),
                at("2026-11-20T17:00:00Z"), world.anna.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("overdue");
        assertThatThrownBy(() -> items.edit(callback.id(), null, ItemChanges.NONE.withDue(at("2026-11-22T16:00:00Z")),
                at("2026-11-20T10:00:00Z"), world.anna.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("response target");
        assertThat(edits(commitment.id())).isEmpty();
        assertThat(items.item(commitment.id()).dueAt()).isEqualTo(at("2026-11-20T16:00:00Z"));
    }

    @Test
    void undoOfASubjectEditBringsTheOldSubjectBack() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T09:00:00Z");
        items.edit(item.id(), null, ItemChanges.NONE.withSubject("Refund"), at("2026-11-20T10:00:00Z"), world.anna.id());

        Item undone = items.apply(item.id(), null, new ItemAction.Undo(at("2026-11-20T10:01:00Z")));

        assertThat(undone.subject()).isEqualTo("callback for Carla Diaz");
        assertThat(items.item(item.id()).subject()).isEqualTo("callback for Carla Diaz");
    }

    @Test
    void undoTakesBackAWholeEditTheCustomersDetailsIncludedAndLeavesEarlierActionsAlone() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T09:00:00Z");
        items.apply(item.id(), null, new ItemAction.Attempt(at("2026-11-20T09:30:00Z"), AttemptOutcome.NO_ANSWER,
                null));
        Item edited = items.edit(item.id(), null, ItemChanges.NONE.withSubject("Refund").withPhone("+49 30 1234")
                .withEmail("carla@example.com"), at("2026-11-20T10:00:00Z"), world.ben.id());

        Item undone = items.apply(item.id(), edited.version(), new ItemAction.Undo(at("2026-11-20T10:01:00Z")),
                world.ben.id());

        assertThat(undone.subject()).isEqualTo("callback for Carla Diaz");
        assertThat(customerOf(item).phone()).isNull();
        assertThat(customerOf(item).email()).isNull();
        assertThat(undone.progress().attempts()).as("the attempt before the edit counts still").isEqualTo(1);
        List<ItemEvent> history = items.history(item.id(), TestWorld.NOW);
        assertThat(history).filteredOn(e -> e.type() == EventType.UNDONE).hasSize(3)
                .allSatisfy(e -> assertThat(e.actorId()).isEqualTo(world.ben.id()));
        assertThat(ItemEvent.undoneIds(history)).containsExactlyInAnyOrderElementsOf(
                edits(item.id()).stream().map(ItemEvent::id).toList());
    }

    @Test
    void aCustomersDetailChangedSinceTheEditIsNotUndoneAndNothingIsWritten() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T09:00:00Z");
        items.edit(item.id(), null, ItemChanges.NONE.withSubject("Refund").withPhone("+49 30 1234"),
                at("2026-11-20T10:00:00Z"), world.anna.id());
        Item other = world.callback(world.anna, "Carla Diaz", "2026-11-20T09:05:00Z");
        assertThat(other.customerId()).isEqualTo(item.customerId());
        items.edit(other.id(), null, ItemChanges.NONE.withPhone("+49 30 9999"), at("2026-11-20T10:05:00Z"), world.anna.id());
        int version = items.item(item.id()).version();

        assertThatThrownBy(() -> items.apply(item.id(), null, new ItemAction.Undo(at("2026-11-20T10:10:00Z"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the customer's phone was changed since, to +49 30 9999; edit it back instead");

        assertThat(items.item(item.id()).version()).as("nothing written").isEqualTo(version);
        assertThat(items.item(item.id()).subject()).isEqualTo("Refund");
        assertThat(customerOf(item).phone()).isEqualTo("+49 30 9999");
    }

    @Test
    void aListingAsOfAnInstantShowsTheSubjectAsItWasThen() {
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T09:00:00Z");
        items.edit(item.id(), null, ItemChanges.NONE.withSubject("Refund"), at("2026-11-20T10:00:00Z"), world.anna.id());
        items.edit(item.id(), null, ItemChanges.NONE.withSubject("Refund for order 118"),
                at("2026-11-20T11:00:00Z"), world.anna.id());
        items.apply(item.id(), null, new ItemAction.Undo(at("2026-11-20T11:30:00Z")));

        assertThat(subjectsAt(item, "2026-11-20T09:30:00Z")).containsOnly("callback for Carla Diaz");
        assertThat(subjectsAt(item, "2026-11-20T10:30:00Z")).containsOnly("Refund");
        assertThat(subjectsAt(item, "2026-11-20T11:15:00Z")).containsOnly("Refund for order 118");
        assertThat(subjectsAt(item, "2026-11-20T12:00:00Z")).as("the undo took the second edit back")
                .containsOnly("Refund");
        assertThat(items.item(item.id()).subject()).isEqualTo("Refund");
    }

    /** The item's subject as the queue and a search for its customer show it as of {@code at}. */
    private List<String> subjectsAt(Item item, String at) {
        String inQueue = items.queue(Set.of(world.anna.id()), at(at)).get(0).item().subject();
        String found = items.ofCustomers(Set.of(item.customerId()), null, 5, at(at)).get(0).item().subject();
        return List.of(inQueue, found);
    }
}
