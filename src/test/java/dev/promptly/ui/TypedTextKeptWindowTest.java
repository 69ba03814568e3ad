package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.items.EventType;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.CuttableProxy;
import dev.promptly.testing.TestPostgres;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellViewModel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a team store, what a rep typed into a dialog is not lost when it cannot be written (the network dropped, or
 * someone else changed the item meanwhile): the dialog comes back with it, and the line at the bottom says why in
 * words until things work again.
 */
@ExtendWith(ApplicationExtension.class)
class TypedTextKeptWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");
    private static final String NOTE = "Customer said call after 3pm";

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private StoreLocation.Server store;
    private CuttableProxy network;
    private AppContext otherDesktop;
    private Rep anna;
    private long carla;
    private TaskRunner tasks;
    private ShellViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = TestPostgres.newStore();
        otherDesktop = AppContext.open(store, null, clock);
        Team team = otherDesktop.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"),
                ResponsePolicy.standard());
        anna = otherDesktop.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        otherDesktop.people().addRep("Ben Okafor", "ben@x.example", team.name(), Role.REP, null);
        carla = otherDesktop.items().add(new NewItem(ItemKind.CALLBACK, anna, Customer.named("Carla Diaz"),
                "About the invoice", Priority.CUSTOMER, MONDAY_NINE.minus(Duration.ofHours(1)), null, null,
                NewItem.MANUAL, null)).id();
        network = new CuttableProxy(store.port());
        StoreLocation.Server throughNetwork = new StoreLocation.Server("127.0.0.1", network.port(), store.database(),
                store.user(), store.parameters());
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, anna.email());
        tasks = TaskRunner.background();
        model = new ShellViewModel(throughNetwork, (where, password) -> AppContext.open(where, password, clock),
                settings, tasks, clock, new FxDialogService(() -> stage));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    @AfterEach
    void stop() throws Exception {
        // A dialog a failed test left open would otherwise answer the next test's lookups.
        WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(window -> window != stage).forEach(javafx.stage.Window::hide)).get();
        model.close();
        otherDesktop.close();
        network.close();
        tasks.shutdown();
    }

    @Test
    void aNoteSentAsTheNetworkDropsComesBackTypedAndIsWrittenOnceTheServerIsBack(FxRobot robot) throws Exception {
        sendNoteAsTheNetworkDrops(robot);

        assertThat(alertText(robot)).isEqualTo("Cannot reach the team server just now, so nothing was written. "
                + "Try again in a moment. What you typed is kept: the dialog opens again, so you can send it once "
                + "more.");
        dismissAlert(robot);
        FxWait.until(() -> robot.lookup("#noteText").tryQuery().isPresent());
        assertThat(robot.lookup("#noteText").queryAs(TextArea.class).getText()).isEqualTo(NOTE);

        network.mend();
        robot.clickOn("#noteText");
        ctrl(robot, KeyCode.ENTER);

        afterReconnecting(() -> text(robot, "#message").startsWith("Noted on the"));
        assertThat(notes(EventType.NOTE)).containsExactly(NOTE);
    }

    @Test
    void aNewItemSentAsTheNetworkDropsComesBackAsTypedAndIsAddedOnceTheServerIsBack(FxRobot robot) throws Exception {
        FxWait.until(() -> rows(robot) == 1);
        robot.clickOn("#newItemButton");
        robot.clickOn("#newCustomer").write("Dora Quist");
        robot.clickOn("#newSubject").write("Wants the contract in French");

        network.cut();
        robot.clickOn("OK");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> alertText(robot).startsWith("Cannot reach"));
        dismissAlert(robot);
        FxWait.until(() -> robot.lookup("#newSubject").tryQuery().isPresent());
        assertThat(robot.lookup("#newCustomer").queryAs(TextField.class).getText()).isEqualTo("Dora Quist");
        assertThat(robot.lookup("#newSubject").queryAs(TextField.class).getText())
                .isEqualTo("Wants the contract in French");

        network.mend();
        robot.clickOn("OK");

        afterReconnecting(() -> text(robot, "#message").startsWith("Added a callback for Dora Quist"));
        FxWait.until(() -> rows(robot) == 2);
    }

    @Test
    void theLineSayingTheServerWasOutOfReachGoesOnceItIsBack(FxRobot robot) throws Exception {
        sendNoteAsTheNetworkDrops(robot);
        dismissAlert(robot);
        FxWait.until(() -> robot.lookup("#noteText").tryQuery().isPresent());
        robot.clickOn("Cancel"); // the rep lets it go
        assertThat(text(robot, "#message")).startsWith("Cannot reach the team server just now");

        network.mend();

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#message").isEmpty());
    }

    @Test
    void aChangeMeanwhileIsSaidWithoutTheIdAndTheAttemptComesBackAsTyped(FxRobot robot) throws Exception {
        FxWait.until(() -> rows(robot) == 1);
        robot.clickOn("Carla Diaz").clickOn("#attemptButton");
        robot.clickOn("#outcome-no-answer");
        robot.clickOn("#attemptNote").write(NOTE);
        // Meanwhile a colleague adds a note to the same item.
        otherDesktop.items().apply(carla, null, new ItemAction.Note(MONDAY_NINE, "Checked the invoice"));

        robot.type(KeyCode.ENTER);

        FxWait.until(() -> alertText(robot).startsWith("Someone else"));
        assertThat(alertText(robot)).startsWith("Someone else changed this item meanwhile (the queue now shows it "
                + "as it is); nothing was written.").doesNotContain(String.valueOf(carla)).doesNotContain("reload");
        assertThat(text(robot, "#message")).isEqualTo("Someone else changed this item meanwhile (the queue now "
                + "shows it as it is); nothing was written.");
        dismissAlert(robot);
        FxWait.until(() -> robot.lookup("#attemptNote").tryQuery().isPresent());
        assertThat(robot.lookup("#attemptNote").queryAs(TextField.class).getText()).isEqualTo(NOTE);

        robot.clickOn("#attemptNote").type(KeyCode.ENTER);

        FxWait.until(() -> text(robot, "#message").startsWith("Logged"));
        assertThat(notes(EventType.ATTEMPT)).containsExactly(NOTE);
    }

    @Test
    void anEditSentAsTheNetworkDropsComesBackAsTypedAndIsSavedOnceTheServerIsBack(FxRobot robot) throws Exception {
        FxWait.until(() -> rows(robot) == 1);
        long dana = otherDesktop.items().add(new NewItem(ItemKind.COMMITMENT, anna, Customer.named("Dana Lee"),
                "Send the quote", Priority.CUSTOMER, MONDAY_NINE.minus(Duration.ofHours(1)),
                MONDAY_NINE.plus(Duration.ofHours(7)), null, NewItem.MANUAL, null)).id(); // due 16:00 in Berlin
        robot.type(KeyCode.F5);
        FxWait.until(() -> rows(robot) == 2);
        robot.clickOn("Dana Lee").clickOn("#editButton");
        robot.clickOn("#editSubject").push(KeyCode.CONTROL, KeyCode.A).write("Send the quote in euros");
        robot.clickOn("#editDueTime").push(KeyCode.CONTROL, KeyCode.A).write("18:30");
        robot.clickOn("#editPhone").write("+49 30 1234567");
        robot.clickOn("#editCompany").write("Lee GmbH");

        network.cut();
        robot.clickOn("#okButton");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> alertText(robot).startsWith("Cannot reach"));
        dismissAlert(robot);
        FxWait.until(() -> robot.lookup("#editSubject").tryQuery().isPresent());
        assertThat(fieldText(robot, "#editSubject")).isEqualTo("Send the quote in euros");
        assertThat(fieldText(robot, "#editDueTime")).isEqualTo("18:30");
        assertThat(fieldText(robot, "#editPhone")).isEqualTo("+49 30 1234567");
        assertThat(fieldText(robot, "#editCompany")).isEqualTo("Lee GmbH");
        assertThat(fieldText(robot, "#editCustomer")).isEqualTo("Dana Lee");

        network.mend();
        robot.clickOn("#okButton");

        afterReconnecting(() -> text(robot, "#message").startsWith("Edited the commitment for Dana Lee"));
        assertThat(otherDesktop.items().item(dana).subject()).isEqualTo("Send the quote in euros");
        assertThat(otherDesktop.items().item(dana).dueAt()).isEqualTo(Instant.parse("2026-11-23T17:30:00Z"));
    }

    @Test
    void whatWasToldTheCustomerComesBackAsTypedAfterAChangeMeanwhile(FxRobot robot) throws Exception {
        FxWait.until(() -> rows(robot) == 1);
        robot.clickOn("Carla Diaz").clickOn("#tellCustomerButton");
        robot.clickOn("#delayTime").push(KeyCode.CONTROL, KeyCode.A).write("16:30");
        robot.clickOn("#delayNote").write(NOTE);
        otherDesktop.items().apply(carla, null, new ItemAction.Note(MONDAY_NINE, "Checked the invoice"));

        robot.clickOn("#okButton");

        FxWait.until(() -> alertText(robot).startsWith("Someone else"));
        dismissAlert(robot);
        FxWait.until(() -> robot.lookup("#delayNote").tryQuery().isPresent());
        assertThat(robot.lookup("#delayNote").queryAs(TextArea.class).getText()).isEqualTo(NOTE);
        assertThat(fieldText(robot, "#delayTime")).isEqualTo("16:30");

        robot.clickOn("#okButton");

        FxWait.until(() -> text(robot, "#message").startsWith("Told Carla Diaz it will take until"));
        assertThat(text(robot, "#message")).endsWith("16:30");
        assertThat(notes(EventType.DELAY)).containsExactly(NOTE);
    }

    @Test
    void theColleagueAndReasonOfAnEscalationComeBackAfterAChangeMeanwhile(FxRobot robot) throws Exception {
        FxWait.until(() -> rows(robot) == 1);
        robot.clickOn("Carla Diaz").clickOn("#escalateButton");
        FxWait.until(() -> robot.lookup("#escalateTo").tryQuery().isPresent());
        robot.clickOn("#escalateTo");
        robot.clickOn("Ben Okafor <ben@x.example> · 0 open, 0 overdue");
        robot.clickOn("#escalateReason").write("Needs a billing specialist");
        otherDesktop.items().apply(carla, null, new ItemAction.Note(MONDAY_NINE, "Checked the invoice"));

        robot.clickOn("#okButton");

        FxWait.until(() -> alertText(robot).startsWith("Someone else"));
        dismissAlert(robot);
        FxWait.until(() -> robot.lookup("#escalateReason").tryQuery().isPresent());
        assertThat(fieldText(robot, "#escalateReason")).isEqualTo("Needs a billing specialist");
        assertThat(robot.lookup("#escalateTo").queryAs(javafx.scene.control.ComboBox.class).getButtonCell().getText())
                .startsWith("Ben Okafor");

        robot.clickOn("#okButton");

        FxWait.until(() -> text(robot, "#message").equals("Escalated the callback for Carla Diaz to Ben Okafor"));
        assertThat(notes(EventType.ESCALATED)).containsExactly("Needs a billing specialist");
        FxWait.until(() -> rows(robot) == 0);
    }

    /** Carla's note, typed and sent as the network goes: until the alert says the server is out of reach. */
    private void sendNoteAsTheNetworkDrops(FxRobot robot) throws Exception {
        FxWait.until(() -> rows(robot) == 1);
        robot.clickOn("Carla Diaz").clickOn("#noteButton");
        robot.clickOn("#noteText").write(NOTE);
        network.cut();
        ctrl(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> alertText(robot).startsWith("Cannot reach"));
    }

    private static String fieldText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private java.util.List<String> notes(EventType type) {
        return otherDesktop.items().history(carla, clock.instant()).stream().filter(e -> e.type() == type)
                .map(ItemEvent::note).toList();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    /**
     * Presses the alert's button once the alert is on the screen: its text is in place a moment before its window
     * shows, and a click then lands nowhere (seen under load).
     */
    private static void dismissAlert(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup(".alert .button").tryQuery()
                .map(button -> button.isVisible() && button.getScene().getWindow().isShowing()).orElse(false));
        robot.clickOn(robot.lookup(".alert .button").queryButton());
    }

    /** Until {@code condition} holds: the first write after an outage waits for a new connection (5 s at most). */
    private static void afterReconnecting(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String alertText(FxRobot robot) {
        return robot.lookup(".alert .content").tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }

    private static int rows(FxRobot robot) {
        return robot.lookup("#queueTable").tryQuery().map(node -> ((TableView<?>) node).getItems().size())
                .orElse(-1);
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }
}
