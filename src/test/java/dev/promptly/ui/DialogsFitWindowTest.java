package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.ui.dialogs.FxDialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 25: the real New item and Reassign dialogs grow with the errors they show, so OK and Cancel stay in them;
 * their captions read whole; an error goes as soon as its field is put right. On a 1280x720 laptop every dialog of
 * the queue shows its captions, prompts and buttons whole, New item's new-customer fields included.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFitWindowTest {

    @TempDir
    static Path folder;

    private DemoWindow window;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = DemoWindow.show(stage, folder, 1280, 720, s -> new FxDialogService(() -> s));
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        // A dialog left open by a failed test would block the next one.
        robot.lookup("#okButton").tryQuery().ifPresent(ok -> robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE));
        window.close();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(query).get();
    }

    /** OK and Cancel lie wholly inside the dialog's window. */
    private static void assertButtonsInside(FxRobot robot) throws Exception {
        Node ok = robot.lookup("#okButton").query();
        Node cancel = robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && b.isCancelButton()).query();
        for (Node button : new Node[] {ok, cancel}) {
            Bounds on = onFx(() -> button.localToScreen(button.getLayoutBounds()));
            Window dialog = button.getScene().getWindow();
            assertThat(button.isVisible()).isTrue();
            assertThat(on.getMaxY()).as("bottom of " + ((javafx.scene.control.Button) button).getText())
                    .isLessThanOrEqualTo(dialog.getY() + dialog.getHeight() + 0.5);
            assertThat(on.getMaxX()).isLessThanOrEqualTo(dialog.getX() + dialog.getWidth() + 0.5);
        }
        assertThat(onFx(() -> Elided.in(ok.getScene().getRoot()))).isEmpty();
    }

    @Test
    void newItemKeepsOkInsideWithItsErrorsAndDropsAnErrorOncePutRight(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#newItemButton");
        FxWait.until(() -> robot.lookup("#okButton").tryQuery().isPresent());

        robot.clickOn("#okButton");
        FxWait.until(() -> !robot.lookup("#customerError").queryAs(Label.class).getText().isEmpty());
        assertButtonsInside(robot);

        robot.clickOn("#newCustomer").write("Katarina Novak");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#customerError").queryAs(Label.class).getText()).isEmpty();
        assertButtonsInside(robot);
    }

    @Test
    void reassignKeepsOkInsideWithItsErrorsAndDropsAnErrorOncePutRight(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#repOverdue").tryQuery().isPresent()
                && !robot.lookup("#repOverdue").queryTableView().getItems().isEmpty());
        TableView<?> overdue = robot.lookup("#repOverdue").queryTableView();
        robot.clickOn((Node) robot.from(overdue).lookup(".table-row-cell").query());
        robot.clickOn("#reassignButton");
        FxWait.until(() -> robot.lookup("#okButton").tryQuery().isPresent());

        robot.clickOn("#okButton");
        FxWait.until(() -> !robot.lookup("#escalateReasonError").queryAs(Label.class).getText().isEmpty());
        assertButtonsInside(robot);

        robot.clickOn("#escalateReason").write("Needs a billing specialist");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#escalateReasonError").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#escalateToError").queryAs(Label.class).getText()).isNotEmpty();
        assertButtonsInside(robot);
    }

    @Test
    void newItemIsAsWideAsItsFieldsSoNoCaptionOrPromptIsCut(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#newItemButton");
        FxWait.until(() -> robot.lookup("#newCompany").tryQuery().isPresent());
        Node dialog = robot.lookup("#newCompany").query();
        robot.targetWindow(dialog.getScene().getWindow());
        robot.clickOn("#newSubject"); // away from the name, whose prompt shows while it is empty

        assertThat(onFx(() -> Elided.in(dialog.getScene().getRoot()))).isEmpty();
        for (String id : List.of("#newCompany", "#newPhone", "#newEmail", "#newDueTime", "#newReceivedTime")) {
            javafx.scene.control.TextField field = robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
            double needed = onFx(() -> new javafx.scene.text.Text(field.getPromptText()).getLayoutBounds().getWidth());
            assertThat(field.getWidth()).as(id + " against its prompt \"" + field.getPromptText() + "\"")
                    .isGreaterThan(needed);
        }
        Window window = dialog.getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(window.getWidth()).as("the dialog's width").isGreaterThan(600).isLessThanOrEqualTo(screen.getWidth());
        assertButtonsInside(robot);
    }

    @Test
    void everyDialogOfTheQueueReadsWholeOnALaptop(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent()
                && !robot.lookup("#queueTable").queryTableView().getItems().isEmpty());
        robot.clickOn("#queueTable .table-row-cell");
        for (String button : List.of("#attemptButton", "#tellCustomerButton", "#escalateButton", "#editButton",
                "#noteButton")) {
            Window main = robot.lookup("#queueTable").query().getScene().getWindow();
            robot.targetWindow(main);
            robot.clickOn(button);
            FxWait.until(() -> robot.lookup("#okButton").tryQuery().isPresent());
            Node ok = robot.lookup("#okButton").query();
            robot.targetWindow(ok.getScene().getWindow());
            assertThat(onFx(() -> Elided.in(ok.getScene().getRoot()))).as(button).isEmpty();
            assertButtonsInside(robot);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            FxWait.until(() -> robot.lookup("#okButton").tryQuery().isEmpty());
        }
    }

    @Test
    void newItemGrowingWithSuggestionsKeepsOkOnTheScreen(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // The main window low on the screen: New item opens over it and has little room below.
        robot.interact(() -> stage.setY(screen.getMaxY() - stage.getHeight()));
        robot.clickOn("#newItemButton");
        FxWait.until(() -> robot.lookup("#newCustomer").tryQuery().isPresent());
        Window dialog = robot.lookup("#newCustomer").query().getScene().getWindow();
        robot.targetWindow(dialog);
        double before = dialog.getHeight();

        robot.write("Chiara");
        FxWait.until(() -> !robot.lookup("#customerSuggestions").queryListView().getItems().isEmpty());
        FxWait.until(() -> dialog.getHeight() > before);

        assertThat(dialog.getY() + dialog.getHeight()).as("the dialog's bottom")
                .isLessThanOrEqualTo(screen.getMaxY() + 0.5);
        assertButtonsInside(robot);
    }
}
