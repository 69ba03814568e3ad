package dev.promptly.ui;

import dev.promptly.StoreLocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.promptly.AppContext;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.queue.ItemRow;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Label;
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

/** A rep works the queue in the real window, clicking and typing as a person would. */
@ExtendWith(ApplicationExtension.class)
class QueueWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private AppContext seed;
    private Rep anna;
    private TaskRunner tasks;

    @Start
    void start(Stage stage) {
        Path store = folder.resolve("window-" + System.nanoTime() + ".db");
        seed = AppContext.open(store, clock);
        Team team = seed.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        anna = seed.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        seed.people().addRep("Ben Okafor", "ben@x.example", team.name(), Role.LEAD, null);
        Settings settings = Settings.inMemory();
        settings.put("rep.email", anna.email());
        tasks = TaskRunner.background();
        ShellViewModel model = new ShellViewModel(new StoreLocation.File(store), file -> AppContext.open(file, clock), settings, tasks, clock,
                new FxDialogService(() -> stage));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    /** Adds an item behind the window's back, as an import would, and refreshes the queue with F5. */
    private void seedItem(FxRobot robot, ItemKind kind, String customer, Duration ago) throws Exception {
        seed.items().add(new NewItem(kind, anna, Customer.named(customer), "About the invoice", Priority.CUSTOMER,
                MONDAY_NINE.minus(ago), null, null, NewItem.MANUAL, null));
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        refresh(robot);
        FxWait.until(() -> table(robot).getItems().size() == 1);
    }

    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void refresh(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addACallbackThenLogNoAnswerThenReached(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.clickOn("#newItemButton");
        robot.clickOn("#newCustomer").write("Carla Diaz");
        robot.clickOn("#newSubject").write("Invoice question");
        robot.clickOn("#okButton");
        FxWait.until(() -> table(robot).getItems().size() == 1);

        robot.clickOn("Carla Diaz");
        robot.clickOn("#attemptButton");
        robot.clickOn("#outcome-no-answer");
        robot.clickOn("#okButton");
        FxWait.until(() -> robot.lookup("Called: no answer · Anna Schmidt").tryQuery().isPresent());
        assertThat(table(robot).getItems()).hasSize(1);

        robot.clickOn("#attemptButton");
        robot.clickOn("#outcome-reached");
        robot.clickOn("#okButton");
        FxWait.until(() -> table(robot).getItems().isEmpty());
        verifyThat("#figureAnswered", hasText("1"));
        verifyThat("#message", hasText("Logged \u201cReached the customer\u201d on the callback for Carla Diaz"));
    }

    @Test
    void aNewItemWithoutACustomerSaysWhatIsMissing(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.clickOn("#newItemButton");
        robot.clickOn("#okButton");

        verifyThat("#customerError", hasText("Enter the customer's name."));
        robot.clickOn("#newCustomer").write("Tom Baker");
        robot.clickOn("#okButton");
        FxWait.until(() -> table(robot).getItems().size() == 1);
    }

    @Test
    void tellTheCustomerItWillTakeLonger(FxRobot robot) throws Exception {
        seedItem(robot, ItemKind.EMAIL, "Dan Brown", Duration.ofHours(22));
        robot.clickOn("Dan Brown");
        assertThat(robot.lookup("Due soon").tryQuery()).isPresent();

        robot.clickOn("#tellCustomerButton");
        robot.clickOn("#delayNote").write("Finance confirms the refund tomorrow");
        robot.clickOn("#okButton");

        FxWait.until(() -> robot.lookup("Customer told").tryQuery().isPresent());
        assertThat(text(robot, "#detailDue")).contains("The customer was told it will take until Tue 24 Nov 17:00");
    }

    @Test
    void escalateToAColleagueMovesTheItemToTheirQueue(FxRobot robot) throws Exception {
        seedItem(robot, ItemKind.CALLBACK, "Eve Adams", Duration.ofHours(2));
        robot.clickOn("Eve Adams");

        robot.clickOn("#escalateButton");
        FxWait.until(() -> robot.lookup("#escalateTo").tryQuery().isPresent());
        robot.clickOn("#escalateTo");
        robot.clickOn("Ben Okafor <ben@x.example> · 0 open, 0 overdue");
        robot.clickOn("#escalateReason").write("Needs a billing specialist");
        robot.clickOn("#okButton");
        FxWait.until(() -> table(robot).getItems().isEmpty());

        robot.clickOn("#profileButton");
        robot.clickOn("Ben Okafor · lead");
        robot.clickOn("#chooseProfileButton");
        FxWait.until(() -> robot.lookup("Eve Adams").tryQuery().isPresent());
        verifyThat("#profileButton", hasText("Ben Okafor · Support Berlin"));
        robot.clickOn("Eve Adams");
        FxWait.until(() -> robot.lookup("Escalated to Ben Okafor: Needs a billing specialist · Anna Schmidt").tryQuery()
                .isPresent());
    }

    @Test
    void anItemTurnsOverdueWhenTheClockAdvances(FxRobot robot) throws Exception {
        seedItem(robot, ItemKind.CALLBACK, "Fay Green", Duration.ofHours(23).plusMinutes(50));
        assertThat(robot.lookup("Due soon").tryQuery()).isPresent();
        verifyThat("#figureOverdue", hasText("0"));

        clock.advance(Duration.ofMinutes(11));
        refresh(robot);

        FxWait.until(() -> robot.lookup("Overdue").tryQuery().isPresent());
        verifyThat("#figureOverdue", hasText("1"));
        assertThat(robot.lookup("overdue 1 min").tryQuery()).isPresent();
    }

    @Test
    void restingThePointerOnAnActionShowsItsShortcut(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        String tip = Shortcut.NEW_ITEM.tooltip();
        assertThat(robot.lookup(tip).tryQuery()).isEmpty();

        robot.moveTo("#newItemButton").moveBy(2, 1);

        FxWait.until(() -> robot.lookup(tip).tryQuery().isPresent());
        assertThat(robot.lookup("#newItemButton").queryButton().getAccessibleHelp()).isEqualTo(tip);
    }
}
