package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.ui.queue.ItemRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A rep works the dialogs from the keyboard alone: shortcut, type, Return. */
@ExtendWith(ApplicationExtension.class)
class DialogKeysWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private AnnasWindow window;
    private AppContext seed;
    private Rep anna;

    @Start
    void start(Stage stage) {
        window = AnnasWindow.show(stage, folder, clock);
        seed = window.seed;
        anna = window.anna;
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private void seedItem(FxRobot robot, ItemKind kind, String customer) throws Exception {
        seed.items().add(new NewItem(kind, anna, Customer.named(customer), "About the invoice", Priority.CUSTOMER,
                MONDAY_NINE.minus(Duration.ofHours(2)), null, null, NewItem.MANUAL, null));
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.type(KeyCode.F5);
        FxWait.until(() -> table(robot).getItems().size() == 1);
        robot.clickOn(customer);
    }

    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    /** Types into whatever has the focus in the dialog that {@code id} is in, as the keyboard would. */
    private static void typeInto(FxRobot robot, String id, String text) throws Exception {
        FxWait.until(() -> robot.lookup(id).tryQuery().isPresent());
        robot.targetWindow(robot.lookup(id).query().getScene().getWindow());
        robot.write(text);
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup("#okButton").query().getScene().getFocusOwner();
    }

    private static String focusedId(FxRobot robot) {
        return focused(robot) == null ? null : focused(robot).getId();
    }

    @Test
    void ctrlOneTwoThreeSwitchQueueBoardAndReports(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        FxWait.until(() -> robot.lookup("#navBoard").queryAs(javafx.scene.control.ToggleButton.class).isSelected()
                && robot.lookup("#boardTeam").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        FxWait.until(() -> robot.lookup("#navReports").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        FxWait.until(() -> robot.lookup("#navQueue").queryAs(javafx.scene.control.ToggleButton.class).isSelected()
                && robot.lookup("#queueTable").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
    }

    @Test
    void ctrlNThenTypingLandsInTheCustomerFieldAndReturnAddsTheItem(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.push(KeyCode.CONTROL, KeyCode.N);
        typeInto(robot, "#newCustomer", "Carla Diaz");

        assertThat(robot.lookup("#newCustomer").queryAs(TextField.class).getText()).isEqualTo("Carla Diaz");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> table(robot).getItems().size() == 1);
    }

    @Test
    void logAttemptChoosesTheOutcomeWithArrowKeysAndReturnLogsIt(FxRobot robot) throws Exception {
        seedItem(robot, ItemKind.CALLBACK, "Eve Adams");

        robot.push(KeyCode.CONTROL, KeyCode.L);
        FxWait.until(() -> robot.lookup("#outcome-reached").tryQuery().isPresent()
                && "outcome-reached".equals(focusedId(robot)));
        robot.type(KeyCode.DOWN, 2);
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> robot.lookup("Called: no answer · Anna Schmidt").tryQuery().isPresent());
        assertThat(table(robot).getItems()).hasSize(1);
    }

    @Test
    void tabLeavesTheNoteWithoutATabAndCtrlTabTypesOne(FxRobot robot) throws Exception {
        seedItem(robot, ItemKind.EMAIL, "Dan Brown");

        robot.push(KeyCode.CONTROL, KeyCode.T);
        typeInto(robot, "#delayTime", "16:30");
        assertThat(robot.lookup("#delayTime").queryAs(TextField.class).getText()).isEqualTo("16:30");
        robot.type(KeyCode.TAB).write("Refund");
        robot.type(KeyCode.TAB);
        assertThat(focused(robot)).as("after the note come the dialog's buttons").isInstanceOf(Button.class);
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertThat(focusedId(robot)).isEqualTo("delayNote");
        TextArea note = robot.lookup("#delayNote").queryAs(TextArea.class);
        assertThat(note.getText()).isEqualTo("Refund");

        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        assertThat(note.getText()).isEqualTo("Refund\t");
        robot.type(KeyCode.BACK_SPACE).write(" tomorrow").type(KeyCode.ENTER);
        assertThat(note.getText()).isEqualTo("Refund tomorrow\n");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        FxWait.until(() -> robot.lookup("Customer told").tryQuery().isPresent());
        assertThat(robot.lookup("#detailDue").queryAs(javafx.scene.control.Label.class).getText())
                .contains("The customer was told it will take until Wed 25 Nov 16:30");
    }
}
