package dev.promptly.items;

import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.AfterEach;
import dev.promptly.testing.StoreBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.TestWorld;
import dev.promptly.common.ConflictException;
import dev.promptly.common.InvalidInputException;
import dev.promptly.people.Customer;
import dev.promptly.sla.ItemState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ParameterizedClass
@EnumSource(StoreBackend.class)
class ItemServiceTest {

    @Parameter
    StoreBackend backend;


    @TempDir
    Path folder;

    private TestWorld world;
    private ItemService items;

    @AfterEach
    void closeStore() {
        world.close();
    }

    @BeforeEach
    void openStore() {
        world = new TestWorld(folder, backend);
        items = world.context.items();
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private List<Long> queueIds(long repId, String at) {
        return items.queue(Set.of(repId), at(at)).stream().map(v -> v.item().id()).toList();
    }

    @Test
    void callbackIsDueByTheTeamTargetAndACustomerRequestedTimeOverridesIt() {
        Item plain = world.callback(world.anna, "Carla Diaz", "2026-11-20T15:40:00Z");
        Item requested = items.add(new NewItem(ItemKind.CALLBACK, world.anna, Customer.named("Carla Diaz"), "call me",
                Priority.CUSTOMER, at("2026-11-20T15:40:00Z"), null, at("2026-11-23T09:00:00Z"), NewItem.MANUAL, null));

        assertThat(plain.dueAt()).isEqualTo(at("2026-11-21T15:40:00Z"));
        assertThat(requested.dueAt()).isEqualTo(at("2026-11-23T09:00:00Z"));
        assertThat(requested.customerId()).as("the known customer is reused").isEqualTo(plain.customerId());
    }

    @Test
    void commitmentNeedsADueTimeAndCallbackRefusesOne() {
        assertThatThrownBy(() -> world.add(ItemKind.COMMITMENT, world.anna, "Carla", Priority.CUSTOMER,
                "2026-11-20T10:00:00Z", null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a due time");
        assertThatThrownBy(() -> world.add(ItemKind.CALLBACK, world.anna, "Carla", Priority.CUSTOMER,
                "2026-11-20T10:00:00Z", "2026-11-21T10:00:00Z")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("due by the team's response target");
    }

    @Test
    void queueIsCustomerFirstThenCompanyThenSelfEachByDueTime() {
        long self = world.add(ItemKind.COMMITMENT, world.anna, "Me", Priority.SELF, "2026-11-22T08:00:00Z",
                "2026-11-22T09:00:00Z").id();
        long companyLate = world.add(ItemKind.CALLBACK, world.anna, "Co", Priority.COMPANY, "2026-11-23T08:00:00Z", null).id();
        long companyEarly = world.add(ItemKind.EMAIL, world.anna, "Co", Priority.COMPANY, "2026-11-22T08:00:00Z", null).id();
        long customer = world.add(ItemKind.CALLBACK, world.anna, "Cu", Priority.CUSTOMER, "2026-11-23T10:00:00Z", null).id();

        assertThat(queueIds(world.anna.id(), "2026-11-23T12:00:00Z")).containsExactly(customer, companyEarly, companyLate, self);
    }

    @Test
    void asOfAnInstantLaterItemsDoNotExistAndLaterEventsHaveNotHappened() {
        Item early = world.callback(world.anna, "Carla", "2026-11-20T10:00:00Z");
        world.callback(world.anna, "Dan", "2026-11-22T10:00:00Z");
        items.apply(early.id(), null, new ItemAction.Attempt(at("2026-11-21T09:00:00Z"), AttemptOutcome.REACHED, null));

        assertThat(queueIds(world.anna.id(), "2026-11-21T08:00:00Z")).containsExactly(early.id());
        assertThat(queueIds(world.anna.id(), "2026-11-21T09:00:00Z")).isEmpty();
        var asOfThen = items.queue(Set.of(world.anna.id()), at("2026-11-20T12:00:00Z")).get(0);
        assertThat(asOfThen.item().progress().attempts()).isZero();
        assertThat(asOfThen.state()).isEqualTo(ItemState.PENDING);
    }

    @Test
    void anItemHandedOnLaterStillShowsInTheFirstOwnersQueueBefore() {
        Item item = world.callback(world.anna, "Carla", "2026-11-20T10:00:00Z");
        items.apply(item.id(), null, new ItemAction.Transfer(EventType.ESCALATED, at("2026-11-20T14:00:00Z"),
                world.ben.id(), "needs a lead"));

        assertThat(queueIds(world.anna.id(), "2026-11-20T13:00:00Z")).containsExactly(item.id());
        assertThat(queueIds(world.ben.id(), "2026-11-20T13:00:00Z")).isEmpty();
        assertThat(queueIds(world.anna.id(), "2026-11-20T15:00:00Z")).isEmpty();
        assertThat(queueIds(world.ben.id(), "2026-11-20T15:00:00Z")).containsExactly(item.id());
    }

    @Test
    void escalationKeepsTheOriginalReceivedAndDueTimes() {
        Item item = world.callback(world.anna, "Carla", "2026-11-20T10:00:00Z");

        Item escalated = items.apply(item.id(), null, new ItemAction.Transfer(EventType.ESCALATED,
                at("2026-11-21T09:00:00Z"), world.ben.id(), "billing question"));

        assertThat(escalated.ownerId()).isEqualTo(world.ben.id());
        assertThat(escalated.receivedAt()).isEqualTo(item.receivedAt());
        assertThat(escalated.dueAt()).isEqualTo(at("2026-11-21T10:00:00Z"));
        var view = items.queue(Set.of(world.ben.id()), at("2026-11-21T11:00:00Z")).get(0);
        assertThat(view.state()).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void informedItemIsDueAtThePromisedTime() {
        Item email = world.add(ItemKind.EMAIL, world.anna, "Carla", Priority.CUSTOMER, "2026-11-20T10:00:00Z", null);

        items.apply(email.id(), null, new ItemAction.Delay(at("2026-11-21T08:00:00Z"), at("2026-11-24T12:00:00Z"),
                "waiting for the warehouse"));

        var view = items.queue(Set.of(world.anna.id()), at("2026-11-23T12:00:00Z")).get(0);
        assertThat(view.state()).isEqualTo(ItemState.INFORMED);
        assertThat(view.effectiveDueAt()).isEqualTo(at("2026-11-24T12:00:00Z"));
    }

    @Test
    void actionsThatMakeNoSenseAreRefusedAndWriteNothing() {
        Item callback = world.callback(world.anna, "Carla", "2026-11-20T10:00:00Z");

        assertThatThrownBy(() -> items.apply(callback.id(), null, new ItemAction.Reply(at("2026-11-20T11:00:00Z"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an email");
        assertThatThrownBy(() -> items.apply(callback.id(), null, new ItemAction.Complete(at("2026-11-20T09:00:00Z"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing can happen to it before");
        assertThatThrownBy(() -> items.apply(callback.id(), null, new ItemAction.Reopen(at("2026-11-20T11:00:00Z"), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only a done item");
        assertThatThrownBy(() -> items.apply(callback.id(), null, new ItemAction.Transfer(EventType.REASSIGNED,
                at("2026-11-20T11:00:00Z"), world.anna.id(), "no-op")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already belongs");
        assertThatThrownBy(() -> items.apply(404, null, new ItemAction.Complete(at("2026-11-20T11:00:00Z"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no item with id 404");

        assertThat(items.history(callback.id(), at("2026-11-23T00:00:00Z"))).hasSize(1);
        assertThat(items.item(callback.id()).version()).isEqualTo(callback.version());
    }

    @Test
    void completingTwiceIsRefusedButReopenedItemsCanBeCompletedAgain() {
        Item commitment = world.add(ItemKind.COMMITMENT, world.anna, "Carla", Priority.CUSTOMER,
                "2026-11-20T10:00:00Z", "2026-11-21T17:00:00Z");
        items.apply(commitment.id(), null, new ItemAction.Complete(at("2026-11-21T10:00:00Z")));

        assertThatThrownBy(() -> items.apply(commitment.id(), null, new ItemAction.Complete(at("2026-11-21T11:00:00Z"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already done");
        items.apply(commitment.id(), null, new ItemAction.Reopen(at("2026-11-21T12:00:00Z"), "not what they wanted"));
        Item done = items.apply(commitment.id(), null, new ItemAction.Complete(at("2026-11-22T09:00:00Z")));

        assertThat(done.progress().resolvedAt()).isEqualTo(at("2026-11-22T09:00:00Z"));
        assertThat(done.deadline().stateAt(at("2026-11-23T00:00:00Z")))
                .isEqualTo(ItemState.DONE_LATE);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        Item item = world.callback(world.anna, "Carla", "2026-11-20T10:00:00Z");
        items.apply(item.id(), item.version(), new ItemAction.Note(at("2026-11-20T11:00:00Z"), "called reception"));

        assertThatThrownBy(() -> items.apply(item.id(), item.version(),
                new ItemAction.Attempt(at("2026-11-20T12:00:00Z"), AttemptOutcome.REACHED, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(items.item(item.id()).progress().attempts()).isZero();
    }

    @Test
    void importingTheSameExternalIdTwiceCreatesOneItem() {
        NewItem call = new NewItem(ItemKind.CALLBACK, world.anna, Customer.named("+49 30 1234"), "Missed call",
                Priority.CUSTOMER, at("2026-11-20T10:00:00Z"), null, null, "cdr", "1700000000.42");

        Item first = items.add(call);
        Item second = items.add(call);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(items.list(ItemQuery.received(null, null, null, null, TestWorld.NOW), ItemView.RECEIVED_ORDER))
                .hasSize(1);
    }

    @Test
    void itemsListsDoneItemsInTheRangeWithTheirStateAsOf() {
        Item early = world.callback(world.anna, "Carla", "2026-11-16T10:00:00Z");
        Item inRange = world.add(ItemKind.EMAIL, world.ben, "Dan", Priority.CUSTOMER, "2026-11-18T10:00:00Z", null);
        items.apply(inRange.id(), null, new ItemAction.Reply(at("2026-11-18T12:00:00Z")));

        var listed = items.list(ItemQuery.received(null, ItemKind.EMAIL, at("2026-11-17T00:00:00Z"),
                at("2026-11-24T00:00:00Z"), TestWorld.NOW), ItemView.RECEIVED_ORDER);

        assertThat(listed).extracting(v -> v.item().id()).containsExactly(inRange.id()).doesNotContain(early.id());
        assertThat(listed.get(0).state()).isEqualTo(ItemState.DONE_ON_TIME);
        assertThat(listed.get(0).owner().email()).isEqualTo("ben@promptly.example");
    }

    @Test
    void resolvedBetweenFindsWhatWasAnsweredInTheSpanAsItStoodThen() {
        Item returned = world.callback(world.anna, "Carla", "2026-11-20T08:00:00Z");
        Item replied = world.add(ItemKind.EMAIL, world.anna, "Dan", Priority.CUSTOMER, "2026-11-22T08:00:00Z", null);
        Item earlier = world.callback(world.anna, "Eve", "2026-11-19T08:00:00Z");
        items.apply(returned.id(), null, new ItemAction.Attempt(at("2026-11-23T09:00:00Z"), AttemptOutcome.VOICEMAIL, null));
        items.apply(replied.id(), null, new ItemAction.Reply(at("2026-11-23T10:00:00Z")));
        items.apply(earlier.id(), null, new ItemAction.Complete(at("2026-11-22T10:00:00Z")));
        items.apply(replied.id(), null, new ItemAction.Reopen(at("2026-11-23T11:00:00Z"), "wrote back"));

        var atTen = items.list(ItemQuery.resolvedBetween(Set.of(world.anna.id()), at("2026-11-23T00:00:00Z"),
                at("2026-11-23T10:30:00Z")), ItemView.RECEIVED_ORDER);
        var atNoon = items.list(ItemQuery.resolvedBetween(Set.of(world.anna.id()), at("2026-11-23T00:00:00Z"),
                at("2026-11-23T12:00:00Z")), ItemView.RECEIVED_ORDER);

        assertThat(atTen).extracting(v -> v.item().id()).containsExactly(returned.id(), replied.id());
        assertThat(atNoon).extracting(v -> v.item().id()).containsExactly(returned.id());
    }

    @Test
    void actionsAreRecordedInTheOrderTheyHappenedAndNotAheadOfTime() {
        Item item = world.callback(world.anna, "Carla", "2026-11-20T08:00:00Z");
        items.apply(item.id(), null, new ItemAction.Note(at("2026-11-21T10:00:00Z"), "left a message"));

        assertThatThrownBy(() -> items.apply(item.id(), null,
                new ItemAction.Attempt(at("2026-11-21T09:00:00Z"), AttemptOutcome.BUSY, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("in the order they happened");
        assertThatThrownBy(() -> items.apply(item.id(), null, new ItemAction.Complete(TestWorld.NOW.plusSeconds(60))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("in the future");
        assertThat(items.history(item.id(), TestWorld.NOW)).hasSize(2);
    }

    @Test
    void undoingAnEscalationHandsTheItemBackAndKeepsThePastTrue() {
        Item item = world.callback(world.anna, "Carla", "2026-11-20T08:00:00Z");
        items.apply(item.id(), null, new ItemAction.Transfer(EventType.ESCALATED, at("2026-11-20T10:00:00Z"),
                world.ben.id(), "billing"));
        items.apply(item.id(), null, new ItemAction.Undo(at("2026-11-20T12:00:00Z")));

        assertThat(queueIds(world.ben.id(), "2026-11-20T11:00:00Z")).containsExactly(item.id());
        assertThat(queueIds(world.anna.id(), "2026-11-20T11:00:00Z")).isEmpty();
        assertThat(queueIds(world.anna.id(), "2026-11-20T13:00:00Z")).containsExactly(item.id());
        assertThat(queueIds(world.ben.id(), "2026-11-20T13:00:00Z")).isEmpty();
    }

    @Test
    void anUndoRecordedLaterDoesNotChangeWhatWasOpenBefore() {
        Item email = world.add(ItemKind.EMAIL, world.anna, "Carla", Priority.CUSTOMER, "2026-11-20T08:00:00Z", null);
        items.apply(email.id(), null, new ItemAction.Reply(at("2026-11-20T11:00:00Z")));
        items.apply(email.id(), null, new ItemAction.Reopen(at("2026-11-20T12:00:00Z"), "wrote back"));
        assertThat(queueIds(world.anna.id(), "2026-11-20T13:00:00Z")).containsExactly(email.id());

        items.apply(email.id(), null, new ItemAction.Undo(at("2026-11-20T14:00:00Z")));

        assertThat(queueIds(world.anna.id(), "2026-11-20T13:00:00Z")).containsExactly(email.id());
        assertThat(queueIds(world.anna.id(), "2026-11-20T15:00:00Z")).isEmpty();
    }
}
