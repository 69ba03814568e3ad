package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.ui.queue.ItemRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A rep records what happened (a call's note, a note, an edit) and takes back a slip, in the real window. */
@ExtendWith(ApplicationExtension.class)
class RecordWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private AnnasWindow window;

    @Start
    void start(Stage stage) {
        window = AnnasWindow.show(stage, folder, clock);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private void seedCallback(FxRobot robot, String customer) throws Exception {
        window.seed.items().add(new NewItem(ItemKind.CALLBACK, window.anna, Customer.named(customer),
                "About the invoice", Priority.CUSTOMER, MONDAY_NINE.minus(Duration.ofHours(2)), null, null,
                NewItem.MANUAL, null));
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.type(KeyCode.F5);
        FxWait.until(() -> table(robot).getItems().size() == 1);
        robot.clickOn(customer);
    }

    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private static void shows(FxRobot robot, String text) throws Exception {
        FxWait.until(() -> robot.lookup(text).tryQuery().isPresent());
    }

    @Test
    void returnOnAChosenOutcomeLogsItWithWhatWasSaid(FxRobot robot) throws Exception {
        seedCallback(robot, "Eve Adams");

        robot.push(KeyCode.CONTROL, KeyCode.L);
        FxWait.until(() -> robot.lookup("#outcome-reached").tryQuery().isPresent());
        robot.type(KeyCode.DOWN, 2);
        robot.clickOn("#attemptNote").write("Line dead after two rings");
        robot.type(KeyCode.ENTER);

        shows(robot, "Called: no answer: Line dead after two rings · Anna Schmidt");
        verifyThat("#message", hasText("Logged \u201cNo answer\u201d on the callback for Eve Adams"));
        assertThat(table(robot).getItems()).as("no answer leaves it open").hasSize(1);
    }

    @Test
    void editRecordsEachChangeWithItsOldAndNewValueInTheHistory(FxRobot robot) throws Exception {
        seedCallback(robot, "Eve Adams");

        robot.push(KeyCode.CONTROL, KeyCode.I);
        FxWait.until(() -> robot.lookup("#editSubject").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#editSubject").query().getScene().getWindow());
        robot.write("Refund for order 118"); // the subject starts focused and selected
        robot.clickOn("#editPhone").write("+49 30 1234");
        robot.type(KeyCode.ENTER);

        shows(robot, "Subject changed from \u2018About the invoice\u2019 to \u2018Refund for order 118\u2019 · Anna Schmidt");
        shows(robot, "Phone set to \u2018+49 30 1234\u2019 · Anna Schmidt");
        verifyThat("#message", hasText("Edited the callback for Eve Adams"));
        assertThat(table(robot).getItems().get(0).item().subject()).isEqualTo("Refund for order 118");
    }

    @Test
    void ctrlZTakesBackAWholeEditTheCustomersPhoneIncluded(FxRobot robot) throws Exception {
        seedCallback(robot, "Eve Adams");
        robot.push(KeyCode.CONTROL, KeyCode.I);
        FxWait.until(() -> robot.lookup("#editSubject").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#editSubject").query().getScene().getWindow());
        robot.write("Refund for order 118");
        robot.clickOn("#editPhone").write("+49 30 1234");
        robot.type(KeyCode.ENTER);
        shows(robot, "Phone set to \u2018+49 30 1234\u2019 \u00b7 Anna Schmidt");

        robot.push(KeyCode.CONTROL, KeyCode.Z);

        FxWait.until(() -> table(robot).getItems().get(0).item().subject().equals("About the invoice"));
        verifyThat("#message", hasText("Undid: edited the callback for Eve Adams"));
        FxWait.until(() -> table(robot).getItems().get(0).view().customer().phone() == null);
    }

    @Test
    void aCommitmentsDueTimeIsEditedInTheDialogAndTheQueueFollowsIt(FxRobot robot) throws Exception {
        window.seed.items().add(new NewItem(ItemKind.COMMITMENT, window.anna, Customer.named("Dana Lee"),
                "Send the quote", Priority.CUSTOMER, MONDAY_NINE.minus(Duration.ofHours(1)),
                MONDAY_NINE.plus(Duration.ofHours(7)), null, NewItem.MANUAL, null)); // due 16:00 in Berlin
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.type(KeyCode.F5);
        FxWait.until(() -> table(robot).getItems().size() == 1);
        robot.clickOn("Dana Lee");

        robot.clickOn("#editButton");
        robot.clickOn("#editDueTime").push(KeyCode.CONTROL, KeyCode.A).write("18:30");
        robot.clickOn("#okButton");

        FxWait.until(() -> table(robot).getItems().get(0).item().dueAt()
                .equals(Instant.parse("2026-11-23T17:30:00Z")));
        shows(robot, "Edited the commitment for Dana Lee");
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().startsWith("Due time changed from ")).tryQuery()).isPresent();
    }

    @Test
    void ctrlMAddsANoteToTheHistory(FxRobot robot) throws Exception {
        seedCallback(robot, "Eve Adams");

        robot.push(KeyCode.CONTROL, KeyCode.M);
        FxWait.until(() -> robot.lookup("#noteText").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#noteText").query().getScene().getWindow());
        robot.write("Warehouse checks the parcel");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        shows(robot, "Note: Warehouse checks the parcel · Anna Schmidt");
    }

    @Test
    void undoStillWorksHalfAMinuteLaterAndThenSaysThereIsNothingLeft(FxRobot robot) throws Exception {
        seedCallback(robot, "Eve Adams");
        robot.push(KeyCode.CONTROL, KeyCode.D);
        FxWait.until(() -> table(robot).getItems().isEmpty());

        clock.advance(Duration.ofSeconds(30));
        robot.type(KeyCode.F5);
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        FxWait.until(() -> table(robot).getItems().size() == 1);
        verifyThat("#message", hasText("Undid: completed the callback for Eve Adams"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        verifyThat("#message", hasText("Nothing to undo"));
        assertThat(table(robot).getItems()).hasSize(1);
    }

    @Test
    void aNewerEventOnTheItemBySomeoneElseEndsTheUndo(FxRobot robot) throws Exception {
        seedCallback(robot, "Eve Adams");
        robot.push(KeyCode.CONTROL, KeyCode.M);
        FxWait.until(() -> robot.lookup("#noteText").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#noteText").query().getScene().getWindow());
        robot.write("Mine");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        shows(robot, "Note: Mine · Anna Schmidt");

        clock.advance(Duration.ofMinutes(1));
        long id = table(robot).getItems().get(0).id();
        window.seed.items().apply(id, null, new dev.promptly.items.ItemAction.Note(clock.instant(), "A colleague's"));
        robot.type(KeyCode.F5);
        shows(robot, "Note: A colleague's · Anna Schmidt");
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        verifyThat("#message", hasText("Nothing to undo"));
    }
}
