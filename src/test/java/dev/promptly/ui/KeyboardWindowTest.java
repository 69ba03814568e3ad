package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.ui.queue.ItemRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A rep works the queue all day from the keyboard: the selection and the focus stay where the work is. */
@ExtendWith(ApplicationExtension.class)
class KeyboardWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private AnnasWindow window;

    @Start
    void start(Stage stage) {
        window = AnnasWindow.show(stage, folder, clock, "Ben Okafor");
    }

    @AfterEach
    void stop() {
        window.close();
    }

    /** Callbacks for these customers, oldest first, so the queue shows them in this order; then F5. */
    private void seedCallbacks(FxRobot robot, String... customers) throws Exception {
        for (int i = 0; i < customers.length; i++) {
            window.seed.items().add(new NewItem(ItemKind.CALLBACK, window.anna, Customer.named(customers[i]),
                    "About the invoice", Priority.CUSTOMER, MONDAY_NINE.minus(Duration.ofHours(customers.length - i)),
                    null, null, NewItem.MANUAL, null));
        }
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.type(KeyCode.F5);
        FxWait.until(() -> table(robot).getItems().size() == customers.length);
    }

    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private static String selectedCustomer(FxRobot robot) {
        ItemRow row = table(robot).getSelectionModel().getSelectedItem();
        return row == null ? null : row.customer();
    }

    private static Node focusOwner(FxRobot robot) {
        return robot.lookup("#queueTable").query().getScene().getFocusOwner();
    }

    @Test
    void theBoardAndTheSummaryTakeTheFocusWhenShown(FxRobot robot) throws Exception {
        seedCallbacks(robot, "Ada Lovelace");
        Scene scene = table(robot).getScene();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        FxWait.until(() -> robot.lookup("#boardReps").tryQuery().isPresent()
                && scene.getFocusOwner() == robot.lookup("#boardReps").query());

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        FxWait.until(() -> robot.lookup("#reportTable").tryQuery().isPresent()
                && scene.getFocusOwner() == robot.lookup("#reportTable").query());
    }

    @Test
    void atStartUpTheFocusIsInTheQueueOnTheFirstRow(FxRobot robot) throws Exception {
        seedCallbacks(robot, "Ada Lovelace", "Bob Marley");

        FxWait.until(() -> focusOwner(robot) == table(robot));
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(table(robot).getFocusModel().getFocusedIndex()).isZero();
        robot.type(KeyCode.DOWN);
        assertThat(selectedCustomer(robot)).isEqualTo("Bob Marley");
    }

    @Test
    void afterCtrlDOnTheSecondRowTheSelectionIsOnTheRowThatTookItsPlace(FxRobot robot) throws Exception {
        seedCallbacks(robot, "Ada Lovelace", "Bob Marley", "Cleo Jones");
        robot.clickOn("Bob Marley");

        robot.push(KeyCode.CONTROL, KeyCode.D);

        FxWait.until(() -> table(robot).getItems().size() == 2 && "Cleo Jones".equals(selectedCustomer(robot)));
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#detailCustomer").tryQuery().map(n -> ((Label) n).getText()).orElse(""))
                .contains("Cleo Jones");
    }

    @Test
    void afterCtrlDAndCtrlZTheItemBroughtBackIsSelectedAgain(FxRobot robot) throws Exception {
        seedCallbacks(robot, "Ada Lovelace", "Bob Marley", "Cleo Jones");
        robot.clickOn("Bob Marley");
        robot.push(KeyCode.CONTROL, KeyCode.D);
        FxWait.until(() -> table(robot).getItems().size() == 2 && "Cleo Jones".equals(selectedCustomer(robot)));

        robot.push(KeyCode.CONTROL, KeyCode.Z);

        FxWait.until(() -> table(robot).getItems().size() == 3 && "Bob Marley".equals(selectedCustomer(robot)));
        FxWait.until(() -> robot.lookup("#detailCustomer").tryQuery().map(n -> ((Label) n).getText()).orElse("")
                .contains("Bob Marley"));
    }

    @Test
    void afterUndoingAnEscalationTheItemBroughtBackIsSelectedAgain(FxRobot robot) throws Exception {
        seedCallbacks(robot, "Ada Lovelace", "Bob Marley", "Cleo Jones");
        robot.clickOn("Ada Lovelace");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        FxWait.until(() -> robot.lookup("#escalateTo").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#escalateTo").query().getScene().getWindow());
        robot.clickOn("#escalateTo");
        robot.clickOn("Ben Okafor <ben.okafor@x.example> · 0 open, 0 overdue");
        robot.clickOn("#escalateReason").write("Needs a billing specialist");
        robot.clickOn("#okButton");
        FxWait.until(() -> table(robot).getItems().size() == 2 && "Bob Marley".equals(selectedCustomer(robot)));

        robot.targetWindow(table(robot).getScene().getWindow());
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        FxWait.until(() -> table(robot).getItems().size() == 3 && "Ada Lovelace".equals(selectedCustomer(robot)));
        FxWait.until(() -> robot.lookup("#detailCustomer").tryQuery().map(n -> ((Label) n).getText()).orElse("")
                .contains("Ada Lovelace"));
    }

    @Test
    void aNewItemAddedFromTheKeyboardIsSelected(FxRobot robot) throws Exception {
        seedCallbacks(robot, "Ada Lovelace", "Bob Marley");
        assertThat(selectedCustomer(robot)).isEqualTo("Ada Lovelace");

        robot.push(KeyCode.CONTROL, KeyCode.N);
        FxWait.until(() -> robot.lookup("#newCustomer").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#newCustomer").query().getScene().getWindow());
        robot.write("Zoe Quinn").type(KeyCode.ENTER);

        FxWait.until(() -> table(robot).getItems().size() == 3 && "Zoe Quinn".equals(selectedCustomer(robot)));
    }

    @Test
    void shiftF10AndTheMenuKeyOpenTheSelectedRowsMenuAtTheRow(FxRobot robot) throws Exception {
        seedCallbacks(robot, "Ada Lovelace", "Bob Marley", "Cleo Jones");
        robot.clickOn("Bob Marley");
        robot.moveTo("Ada Lovelace"); // the mouse elsewhere: the menu goes to the row all the same

        robot.push(KeyCode.SHIFT, KeyCode.F10);
        ContextMenu menu = table(robot).getContextMenu();
        FxWait.until(menu::isShowing);
        Bounds row = rowOnScreen(robot, 1);
        assertThat(menu.getAnchorY()).isBetween(row.getMinY(), row.getMaxY() + 4);
        assertThat(menu.getAnchorX()).isBetween(row.getMinX(), row.getMinX() + 100);
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText).contains("Complete");

        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> !menu.isShowing());
        robot.type(KeyCode.DOWN); // to Cleo Jones
        robot.type(KeyCode.CONTEXT_MENU);
        FxWait.until(menu::isShowing);
        Bounds third = rowOnScreen(robot, 2);
        assertThat(menu.getAnchorY()).isBetween(third.getMinY(), third.getMaxY() + 4);
        robot.type(KeyCode.ESCAPE);
    }

    private static Bounds rowOnScreen(FxRobot robot, int index) {
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && r.isVisible()).findFirst().orElseThrow();
        return row.localToScreen(row.getBoundsInLocal());
    }

    @Test
    void downInTheSearchGoesToTheRowsItFound(FxRobot robot) throws Exception {
        seedCallbacks(robot, "Ada Lovelace", "Bob Marley");

        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("Bob");
        FxWait.until(() -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.DOWN);

        assertThat(focusOwner(robot)).isSameAs(table(robot));
        assertThat(selectedCustomer(robot)).isEqualTo("Bob Marley");
    }

    @Test
    void returnInWhoAreYouConfirmsTheSelectedPerson(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#profileButton");
        FxWait.until(() -> robot.lookup("#profiles").tryQuery().isPresent());

        robot.clickOn("Ben Okafor · rep");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> robot.lookup("#profileButton").queryLabeled().getText().startsWith("Ben Okafor"));
    }

    @Test
    void theSidebarAndTheTopBarButtonsAreReachedByTab(FxRobot robot) throws Exception {
        seedCallbacks(robot, "Ada Lovelace");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.TAB);
            Node owner = focusOwner(robot);
            reached.add(owner == null ? null : owner.getId());
        }
        assertThat(reached).contains("navQueue", "navBoard", "navReports", "noticesButton", "profileButton",
                "themeButton", "helpButton", "queueTable", "search", "newItemButton");
    }

    @Test
    void theF1ListNamesEveryShortcutAndEveryKeyOfTheControls(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.type(KeyCode.F1);
        FxWait.until(() -> robot.lookup("#shortcutsHelp").tryQuery().isPresent());

        GridPane grid = robot.lookup("#shortcutsHelp").queryAs(GridPane.class);
        List<String> shown = grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        for (Shortcut shortcut : Shortcut.values()) {
            assertThat(shown).contains(shortcut.keys().getDisplayText(), shortcut.description());
        }
        for (KeyHint hint : KeyHint.values()) {
            assertThat(shown).contains(hint.keys(), hint.description());
        }
        assertThat(shown).contains("Shift+F10", "Esc", "Tab", "Ctrl+Tab", "Down");
        Window help = grid.getScene().getWindow();
        robot.targetWindow(help).type(KeyCode.ESCAPE);
    }
}
