package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

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
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
import org.testfx.util.WaitForAsyncUtils;

/** Today's notices stay under the bell in the top bar after their pop-ups are gone (issue 24). */
@ExtendWith(ApplicationExtension.class)
class NoticesWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");
    /** What the notice for Fay's callback, due soon, says in the bell's list. */
    private static final String FAYS_NOTICE = "Callback for Fay Green: in 10 min";

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

    /**
     * Fay's callback and Gus's come in behind the window's back, neither urgent yet; F5 shows them. Then the
     * afternoon comes, F5 again, and Fay's has 10 minutes left: that is news, and a notice pops up.
     */
    private void fayTurnsDueSoon(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        add("Fay Green", Duration.ofHours(18));
        add("Gus Hill", Duration.ofHours(1));
        robot.type(KeyCode.F5);
        FxWait.until(() -> table(robot).getItems().size() == 2);
        clock.advance(Duration.ofHours(5).plusMinutes(50)); // 14:50 in Berlin
        robot.type(KeyCode.F5);
        FxWait.until(() -> robot.lookup("Due soon").tryQuery().isPresent());
    }

    private void add(String customer, Duration ago) {
        seed.items().add(new NewItem(ItemKind.CALLBACK, anna, Customer.named(customer), "About the invoice",
                Priority.CUSTOMER, MONDAY_NINE.minus(ago), null, null, NewItem.MANUAL, null));
    }

    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private static boolean popUpShown(FxRobot robot) {
        return robot.lookup(".notification-bar").queryAll().stream().anyMatch(Node::isVisible);
    }

    @Test
    void aNoticeIsStillInTheBellListAfterItsPopUpIsGone(FxRobot robot) throws Exception {
        fayTurnsDueSoon(robot);
        FxWait.until(() -> popUpShown(robot));
        // The pop-up hides itself after some seconds, as it always did.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !popUpShown(robot));
        assertThat(robot.lookup(FAYS_NOTICE).tryQuery()).isEmpty();

        robot.clickOn("#noticesButton");

        FxWait.until(() -> robot.lookup(FAYS_NOTICE).tryQuery().isPresent());
        assertThat(robot.lookup("Due soon · 14:50").tryQuery()).as("its kind and time").isPresent();
    }

    @Test
    void theBellCountsUnseenNoticesUntilTheListIsOpened(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#noticesButton").tryQuery().isPresent());
        assertThat(robot.lookup("#noticesCount").query().isVisible()).as("no count before any notice").isFalse();

        fayTurnsDueSoon(robot);

        FxWait.until(() -> robot.lookup("#noticesCount").query().isVisible());
        verifyThat("#noticesCount", hasText("1"));
        assertThat(robot.lookup("#noticesButton").queryButton().getAccessibleText())
                .isEqualTo("Today's notices: 1, 1 unseen");

        robot.clickOn("#noticesButton");
        FxWait.until(() -> robot.lookup(FAYS_NOTICE).tryQuery().isPresent());

        verifyThat("#noticesCount", hasText("0"));
        assertThat(robot.lookup("#noticesCount").query().isVisible()).isFalse();
    }

    @Test
    void choosingANoticeSelectsItsItemEvenWhenASearchHidesIt(FxRobot robot) throws Exception {
        fayTurnsDueSoon(robot);
        robot.clickOn("#search").write("Gus");
        FxWait.until(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getSelectionModel().getSelectedItem().customer()).isEqualTo("Gus Hill");

        robot.clickOn("#noticesButton");
        FxWait.until(() -> robot.lookup(FAYS_NOTICE).tryQuery().isPresent());
        robot.clickOn(FAYS_NOTICE);

        FxWait.until(() -> table(robot).getSelectionModel().getSelectedItem() != null
                && table(robot).getSelectionModel().getSelectedItem().customer().equals("Fay Green"));
        assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void anOverdueItemHandedToAnnaIsNewsAsNewInHerQueueNotAsNowOverdue(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        Rep ben = seed.people().addRep("Ben Okafor", "ben@x.example", "Support Berlin",
                dev.promptly.people.Role.REP, null);
        long hal = seed.items().add(new NewItem(ItemKind.CALLBACK, ben, Customer.named("Hal Ito"), "About the invoice",
                Priority.CUSTOMER, MONDAY_NINE.minus(Duration.ofHours(30)), null, null, NewItem.MANUAL, null)).id();
        seed.items().reassign(java.util.List.of(hal), anna.id(), "Ben is off today", MONDAY_NINE, null);

        robot.type(KeyCode.F5);

        FxWait.until(() -> robot.lookup("New in your queue, overdue").tryQuery().isPresent());
        assertThat(robot.lookup("Now overdue").tryQuery()).isEmpty();
    }
}
