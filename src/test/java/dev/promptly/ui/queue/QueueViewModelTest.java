package dev.promptly.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.InboxStatus;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ItemState;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.FakeDialogs;
import dev.promptly.ui.MutableClock;
import dev.promptly.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's behaviour on a real store, without the toolkit: a synchronous task runner and a hand-moved clock. */
class QueueViewModelTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z"); // 09:00 in Berlin

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private final FakeDialogs dialogs = new FakeDialogs();
    private AppContext context;
    private Rep anna;
    private Rep ben;
    private QueueViewModel queue;

    @BeforeEach
    void setUp() {
        context = AppContext.open(folder.resolve("q.db"), clock);
        Team team = context.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        anna = context.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        ben = context.people().addRep("Ben Okafor", "ben@x.example", team.name(), Role.LEAD, null);
        queue = new QueueViewModel(context.items(), context.people(), context.inbox(), clock, TaskRunner.immediate(), dialogs);
    }

    private long add(ItemKind kind, String customer, Duration ago, Priority priority, Instant due) {
        return context.items().add(new NewItem(kind, anna, Customer.named(customer), kind.label(), priority,
                MONDAY_NINE.minus(ago), due, null, NewItem.MANUAL, null)).id();
    }

    private ItemRow row(long id) {
        return queue.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void showsOpenItemsCustomerFirstThenByDueTimeWithTodaysFigures() {
        long company = add(ItemKind.CALLBACK, "Co", Duration.ofHours(30), Priority.COMPANY, null);
        long customerLater = add(ItemKind.EMAIL, "Later", Duration.ofHours(2), Priority.CUSTOMER, null);
        long customerOverdue = add(ItemKind.CALLBACK, "Late", Duration.ofHours(25), Priority.CUSTOMER, null);

        queue.show(anna);

        assertThat(queue.rows()).extracting(ItemRow::id).containsExactly(customerOverdue, customerLater, company);
        assertThat(row(customerOverdue).getState()).isEqualTo(ItemState.OVERDUE);
        assertThat(row(customerOverdue).timeLeftProperty().get()).isEqualTo("overdue 1 h");
        assertThat(queue.figuresProperty().get().overdue()).isEqualTo(2);
        assertThat(queue.figuresProperty().get().inbox()).isEqualTo(InboxStatus.FEW);
        assertThat(queue.selectedProperty().get().id()).isEqualTo(customerOverdue);
    }

    @Test
    void filtersByKindStateAndTextAsYouType() {
        add(ItemKind.CALLBACK, "Carla Diaz", Duration.ofHours(1), Priority.CUSTOMER, null);
        long email = add(ItemKind.EMAIL, "Dan Brown", Duration.ofHours(25), Priority.CUSTOMER, null);
        queue.show(anna);

        queue.kindFilterProperty().set(ItemKind.EMAIL);
        assertThat(queue.rows()).extracting(ItemRow::id).containsExactly(email);
        queue.kindFilterProperty().set(null);
        queue.stateFilterProperty().set(StateFilter.OVERDUE);
        assertThat(queue.rows()).extracting(ItemRow::id).containsExactly(email);
        queue.stateFilterProperty().set(StateFilter.OPEN);
        queue.searchProperty().set("carla");
        assertThat(queue.rows()).extracting(ItemRow::customer).containsExactly("Carla Diaz");
    }

    @Test
    void aSearchNamesTheMatchesTheStateFilterHides() {
        long carla = add(ItemKind.CALLBACK, "Carla Diaz", Duration.ofHours(1), Priority.CUSTOMER, null);
        add(ItemKind.EMAIL, "Carla Diaz", Duration.ofHours(25), Priority.CUSTOMER, null);
        queue.show(anna);
        queue.selectedProperty().set(row(carla));
        queue.complete();

        queue.searchProperty().set("carla");
        assertThat(queue.rows()).hasSize(1);
        assertThat(queue.hiddenMatchesProperty().get()).isEqualTo("1 more in Done today");

        queue.stateFilterProperty().set(StateFilter.DUE_SOON);
        assertThat(queue.rows()).isEmpty();
        assertThat(queue.hiddenMatchesProperty().get()).isEqualTo("2 more in Open and done today");

        queue.stateFilterProperty().set(StateFilter.ALL);
        assertThat(queue.hiddenMatchesProperty().get()).isEmpty();
    }

    @Test
    void clearingEmptiesTheSearchFirstThenResetsTheFilters() {
        add(ItemKind.CALLBACK, "Carla Diaz", Duration.ofHours(1), Priority.CUSTOMER, null);
        queue.show(anna);
        assertThat(queue.narrowedProperty().get()).isFalse();
        queue.kindFilterProperty().set(ItemKind.EMAIL);
        queue.stateFilterProperty().set(StateFilter.OVERDUE);
        queue.searchProperty().set("nobody");
        assertThat(queue.narrowedProperty().get()).isTrue();

        queue.clearSearch();
        assertThat(queue.searchProperty().get()).isEmpty();
        assertThat(queue.stateFilterProperty().get()).isEqualTo(StateFilter.OVERDUE);
        assertThat(queue.narrowedProperty().get()).isTrue();

        queue.clearSearch();
        assertThat(queue.kindFilterProperty().get()).isNull();
        assertThat(queue.stateFilterProperty().get()).isEqualTo(StateFilter.OPEN);
        assertThat(queue.narrowedProperty().get()).isFalse();
        assertThat(queue.rows()).hasSize(1);
    }

    @Test
    void aReachedAttemptReturnsTheCallbackAndUndoBringsItBack() {
        long id = add(ItemKind.CALLBACK, "Carla", Duration.ofHours(1), Priority.CUSTOMER, null);
        queue.show(anna);

        dialogs.outcome = AttemptOutcome.NO_ANSWER;
        queue.logAttempt();
        assertThat(row(id).item().progress().attempts()).isEqualTo(1);
        assertThat(row(id).getState().isOpen()).isTrue();

        dialogs.outcome = AttemptOutcome.REACHED;
        queue.logAttempt();
        assertThat(queue.rows()).isEmpty();
        assertThat(queue.figuresProperty().get().answeredToday()).isEqualTo(1);
        assertThat(queue.undoAvailableProperty().get()).isTrue();

        queue.undo();
        assertThat(queue.rows()).extracting(ItemRow::id).containsExactly(id);
        assertThat(queue.messageProperty().get()).startsWith("Undid: logged \u201cReached the customer\u201d");
    }

    @Test
    void aCommitmentsDueTimeIsOfferedForEditingAndAnEditOfOneFieldIsUndoneWhole() {
        long id = add(ItemKind.COMMITMENT, "Dana", Duration.ofHours(1), Priority.CUSTOMER,
                MONDAY_NINE.plus(Duration.ofHours(6)));
        queue.show(anna);
        java.util.List<dev.promptly.ui.EditForm> shown = new java.util.ArrayList<>();
        dialogs.edit = form -> {
            shown.add(form);
            return new dev.promptly.items.ItemChanges(form.subject(), MONDAY_NINE.plus(Duration.ofDays(2)),
                    form.customerName(), form.phone(), form.email(), form.company());
        };

        queue.edit();

        assertThat(shown.get(0).due()).isEqualTo(MONDAY_NINE.plus(Duration.ofHours(6)));
        assertThat(row(id).item().dueAt()).isEqualTo(MONDAY_NINE.plus(Duration.ofDays(2)));
        assertThat(queue.messageProperty().get()).isEqualTo("Edited the commitment for Dana");
        clock.advance(Duration.ofMinutes(5));
        queue.undo();
        assertThat(queue.messageProperty().get()).isEqualTo("Undid: edited the commitment for Dana");
        assertThat(row(id).item().dueAt()).isEqualTo(MONDAY_NINE.plus(Duration.ofHours(6)));
    }

    @Test
    void anEditOfTheCustomersDetailsIsUndoneWhole() {
        long id = add(ItemKind.CALLBACK, "Carla", Duration.ofHours(1), Priority.CUSTOMER, null);
        queue.show(anna);
        dialogs.edit = form -> new dev.promptly.items.ItemChanges("Refund", null, form.customerName(),
                "+49 30 1234", form.email(), form.company());
        queue.edit();
        assertThat(row(id).view().customer().phone()).isEqualTo("+49 30 1234");

        queue.undo();

        assertThat(queue.messageProperty().get()).startsWith("Undid: edited the callback for Carla");
        assertThat(row(id).view().customer().phone()).isNull();
        assertThat(row(id).item().subject()).isNotEqualTo("Refund");
    }

    @Test
    void escalatingMovesTheItemToTheColleaguesQueue() {
        long id = add(ItemKind.CALLBACK, "Carla", Duration.ofHours(1), Priority.CUSTOMER, null);
        queue.show(anna);
        dialogs.escalation = colleagues -> new DialogService.EscalationAnswer(colleagues.get(0).rep(), "billing question");

        queue.escalate();

        assertThat(queue.rows()).isEmpty();
        queue.show(ben);
        assertThat(queue.rows()).extracting(ItemRow::id).containsExactly(id);
        assertThat(row(id).item().receivedAt()).isEqualTo(MONDAY_NINE.minus(Duration.ofHours(1)));
    }

    @Test
    void tellingTheCustomerMakesTheItemInformed() {
        long id = add(ItemKind.EMAIL, "Carla", Duration.ofHours(22), Priority.CUSTOMER, null);
        queue.show(anna);
        assertThat(row(id).getState()).isEqualTo(ItemState.DUE_SOON);
        dialogs.delay = new DialogService.DelayAnswer(MONDAY_NINE.plus(Duration.ofDays(1)), "waiting for finance");

        queue.tellCustomer();

        assertThat(row(id).getState()).isEqualTo(ItemState.INFORMED);
        assertThat(row(id).item().progress().promisedUntil()).isEqualTo(MONDAY_NINE.plus(Duration.ofDays(1)));
    }

    @Test
    void anItemTurningOverdueWhileOpenIsAnnouncedOnce() {
        long id = add(ItemKind.CALLBACK, "Carla", Duration.ofHours(19), Priority.CUSTOMER, null);
        add(ItemKind.CALLBACK, "Already late", Duration.ofHours(30), Priority.CUSTOMER, null);
        queue.show(anna);
        assertThat(queue.notices()).as("what is late at start is no news").isEmpty();

        clock.advance(Duration.ofHours(1));
        queue.tick();
        assertThat(row(id).getState()).isEqualTo(ItemState.DUE_SOON);
        clock.advance(Duration.ofHours(4).plusSeconds(1));
        queue.tick();
        queue.tick();

        assertThat(row(id).getState()).isEqualTo(ItemState.OVERDUE);
        assertThat(queue.notices()).extracting(Notice::state).containsExactly(ItemState.DUE_SOON, ItemState.OVERDUE);
        assertThat(queue.figuresProperty().get().overdue()).isEqualTo(2);
    }

    @Test
    void noticesOfEarlierDaysAreDroppedAtTheDayChange() {
        add(ItemKind.CALLBACK, "Carla", Duration.ofHours(19), Priority.CUSTOMER, null);
        queue.show(anna);
        clock.advance(Duration.ofHours(1));
        queue.tick();
        assertThat(queue.noticeLog().entries()).extracting(e -> e.notice().state())
                .containsExactly(ItemState.DUE_SOON);
        queue.noticeLog().markSeen();

        clock.advance(Duration.ofHours(15)); // 01:00 on Tuesday in Berlin
        queue.tick();

        assertThat(queue.noticeLog().entries()).as("Monday's notice is gone, Tuesday's is there")
                .extracting(e -> e.notice().state()).containsExactly(ItemState.OVERDUE);
        assertThat(queue.noticeLog().unseenProperty().get()).isEqualTo(1);
    }

    @Test
    void newItemsAreAddedToTheQueue() {
        queue.show(anna);
        dialogs.newItem = form -> {
            form.kind.set(ItemKind.COMMITMENT);
            form.customer.set("Tom Baker");
            form.subject.set("Send the revised quote");
            form.dueDate.set(java.time.LocalDate.of(2026, 11, 27));
            form.dueTime.set("16:00");
            return form.values();
        };

        queue.newItem();

        assertThat(queue.rows()).singleElement().satisfies(row -> {
            assertThat(row.customer()).isEqualTo("Tom Baker");
            assertThat(row.item().dueAt()).isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
        });
        assertThat(queue.figuresProperty().get().commitmentsThisWeek()).isEqualTo(1);
    }

    @Test
    void aRefusedActionIsExplainedAndChangesNothing() {
        long id = add(ItemKind.COMMITMENT, "Carla", Duration.ofHours(1), Priority.CUSTOMER,
                MONDAY_NINE.plus(Duration.ofDays(2)));
        queue.show(anna);
        context.items().apply(id, null, new dev.promptly.items.ItemAction.Complete(MONDAY_NINE));

        queue.complete(); // the queue still shows it open: someone else completed it meanwhile

        assertThat(dialogs.errors).singleElement().asString().contains("Someone else changed this item meanwhile")
                .doesNotContain(String.valueOf(id)).doesNotContain("reload");
        assertThat(queue.rows()).isEmpty();
    }

    @Test
    void anActionOnADamagedStoreSaysSoInTheWordsTheCommandLineUses() throws Exception {
        long id = add(ItemKind.CALLBACK, "Carla Diaz", Duration.ofHours(1), Priority.CUSTOMER, null);
        queue.show(anna);
        queue.selectedProperty().set(row(id));
        Path file = folder.resolve("q.db");
        long page;
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rows = connection.createStatement().executeQuery(
                     "SELECT rootpage FROM sqlite_master WHERE name = 'items'")) {
            rows.next();
            page = rows.getLong(1);
        }
        try (var store = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            store.seek((page - 1) * 4096);
            store.write("damaged ".repeat(512).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        queue.complete();

        String said = "The store " + file + " is damaged; run promptly check.";
        assertThat(queue.messageProperty().get()).isEqualTo(said);
        assertThat(dialogs.errors).containsExactly(said);
    }

    @Test
    void aReloadKeepsTheSelectedItemWhereverItMoves() {
        add(ItemKind.CALLBACK, "Ada Lovelace", Duration.ofHours(3), Priority.CUSTOMER, null);
        long bob = add(ItemKind.CALLBACK, "Bob Marley", Duration.ofHours(2), Priority.CUSTOMER, null);
        queue.show(anna);
        queue.selectedProperty().set(row(bob));

        add(ItemKind.CALLBACK, "Older Still", Duration.ofHours(20), Priority.CUSTOMER, null);
        queue.refresh();

        assertThat(queue.rows()).hasSize(3);
        assertThat(queue.selectedProperty().get().id()).isEqualTo(bob);
        assertThat(queue.rows().indexOf(queue.selectedProperty().get())).isEqualTo(2);
    }

    @Test
    void whenAColleagueFinishesTheSelectedItemTheRowThatTookItsPlaceIsSelected() {
        add(ItemKind.CALLBACK, "Ada Lovelace", Duration.ofHours(3), Priority.CUSTOMER, null);
        long bob = add(ItemKind.CALLBACK, "Bob Marley", Duration.ofHours(2), Priority.CUSTOMER, null);
        long cleo = add(ItemKind.CALLBACK, "Cleo Jones", Duration.ofHours(1), Priority.CUSTOMER, null);
        queue.show(anna);
        queue.selectedProperty().set(row(bob));

        context.items().apply(bob, null, new dev.promptly.items.ItemAction.Complete(MONDAY_NINE));
        queue.refresh();

        assertThat(queue.selectedProperty().get().id()).isEqualTo(cleo);
    }

    @Test
    void whenTheLastRowIsDoneTheNewLastRowIsSelected() {
        long ada = add(ItemKind.CALLBACK, "Ada Lovelace", Duration.ofHours(3), Priority.CUSTOMER, null);
        long bob = add(ItemKind.CALLBACK, "Bob Marley", Duration.ofHours(2), Priority.CUSTOMER, null);
        add(ItemKind.CALLBACK, "Cleo Jones", Duration.ofHours(1), Priority.CUSTOMER, null);
        queue.show(anna);
        queue.selectedProperty().set(queue.rows().get(2));

        queue.complete();

        assertThat(queue.rows()).extracting(ItemRow::id).containsExactly(ada, bob);
        assertThat(queue.selectedProperty().get().id()).isEqualTo(bob);
    }

    @Test
    void aSearchThatHidesTheSelectedItemSelectsItsFirstMatch() {
        long ada = add(ItemKind.CALLBACK, "Ada Marley", Duration.ofHours(3), Priority.CUSTOMER, null);
        add(ItemKind.CALLBACK, "Bob Marley", Duration.ofHours(2), Priority.CUSTOMER, null);
        add(ItemKind.CALLBACK, "Cleo Jones", Duration.ofHours(1), Priority.CUSTOMER, null);
        queue.show(anna);
        queue.selectedProperty().set(queue.rows().get(2));

        queue.searchProperty().set("marley");

        assertThat(queue.rows()).hasSize(2);
        assertThat(queue.selectedProperty().get().id()).isEqualTo(ada);
    }
}
