package dev.promptly.ui;

import dev.promptly.StoreLocation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.board.RepRow;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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

/** A team lead opens the board, checks the counts, and moves two overdue items from one rep to another. */
@ExtendWith(ApplicationExtension.class)
class BoardWindowTest {

    /** Wednesday 25 November 2026, 12:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-11-25T11:00:00Z");

    @TempDir
    static Path folder;

    private TaskRunner tasks;
    private ShellViewModel model;
    private Stage stage;
    private Rep anna;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MutableClock clock = new MutableClock(NOW);
        Path store = folder.resolve("board-" + System.nanoTime() + ".db");
        AppContext seed = AppContext.open(store, clock);
        Team team = seed.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        anna = seed.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        seed.people().addRep("Ben Okafor", "ben@x.example", team.name(), Role.LEAD, null);
        add(seed, anna, ItemKind.CALLBACK, "Carla Diaz", Duration.ofHours(30), null);
        add(seed, anna, ItemKind.EMAIL, "Dan Brown", Duration.ofHours(26), null);
        add(seed, anna, ItemKind.COMMITMENT, "Eve Adams", Duration.ofHours(50), NOW.minus(Duration.ofHours(3)));
        add(seed, anna, ItemKind.CALLBACK, "Fay Green", Duration.ofHours(1), null);
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, "ben@x.example");
        tasks = TaskRunner.background();
        model = new ShellViewModel(new StoreLocation.File(store), file -> AppContext.open(file, clock), settings, tasks, clock,
                new FxDialogService(() -> stage));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    private static void add(AppContext seed, Rep owner, ItemKind kind, String customer, Duration ago, Instant due) {
        seed.items().add(new NewItem(kind, owner, Customer.named(customer), "About " + customer, Priority.CUSTOMER,
                NOW.minus(ago), due, null, NewItem.MANUAL, null));
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private static RepRow row(FxRobot robot, String name) {
        TableView<RepRow> reps = robot.lookup("#boardReps").queryTableView();
        return reps.getItems().stream().filter(r -> r.rep().name().equals(name)).findFirst().orElseThrow();
    }

    private void openBoard(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#boardReps").tryQuery().isPresent()
                && robot.lookup("#boardReps").queryTableView().getItems().size() == 2);
    }

    /** The board on a 1280x720 screen, with Anna's three overdue items listed. */
    private void openAnnasOverdueOnALaptop(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        openBoard(robot);
        robot.clickOn("Anna Schmidt");
        FxWait.until(() -> robot.lookup("#repOverdue").queryTableView().getItems().size() == 3);
    }

    @Test
    void theBoardsCountsMatchTheItems(FxRobot robot) throws Exception {
        openBoard(robot);

        RepRow anna = row(robot, "Anna Schmidt");
        assertThat(robot.lookup("#boardReps").queryTableView().getItems().get(0)).isEqualTo(anna);
        assertThat(anna.open()).isEqualTo(4);
        assertThat(anna.overdueCallbacks()).isEqualTo(1);
        assertThat(anna.overdueEmails()).isEqualTo(1);
        assertThat(anna.overdueCommitments()).isEqualTo(1);
        assertThat(anna.oldestOverdue()).isEqualTo(Duration.ofHours(6));
        assertThat(robot.lookup("Anna Schmidt").tryQuery()).isPresent();
        assertThat(robot.lookup("6 h").tryQuery()).isPresent();
        assertThat(robot.lookup("#trendBanner").queryAs(Label.class).getText()).startsWith("On time this week:");
        robot.clickOn("Overdue commitments");
        assertThat(robot.lookup("About Eve Adams").tryQuery()).isPresent();
    }

    @Test
    void reassigningTwoOverdueItemsMovesThemAndUpdatesBothReps(FxRobot robot) throws Exception {
        openAnnasOverdueOnALaptop(robot);

        robot.clickOn("Carla Diaz");
        robot.press(KeyCode.SHORTCUT).clickOn("Dan Brown").release(KeyCode.SHORTCUT);
        robot.clickOn("#reassignButton");
        FxWait.until(() -> robot.lookup("#escalateTo").tryQuery().isPresent());
        robot.clickOn("#escalateTo");
        robot.clickOn("Ben Okafor <ben@x.example> · 0 open, 0 overdue");
        robot.clickOn("#escalateReason").write("Anna is at the training today");
        robot.clickOn("#okButton");

        FxWait.until(() -> row(robot, "Anna Schmidt").open() == 2);
        assertThat(row(robot, "Anna Schmidt").overdue()).isEqualTo(1);
        assertThat(row(robot, "Ben Okafor").open()).isEqualTo(2);
        assertThat(row(robot, "Ben Okafor").overdue()).isEqualTo(2);
        assertThat(robot.lookup("#boardMessage").queryAs(Label.class).getText())
                .isEqualTo("Reassigned 2 items to Ben Okafor");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Elided.in(robot.lookup("#boardMessage").query())).get())
                .as("said whole on a 1280x720 screen").isEmpty();
    }

    @Test
    void aRefusedReassignmentIsSaidWholeAndLeavesTheBoardsHeaderOnTheScreen(FxRobot robot) throws Exception {
        openAnnasOverdueOnALaptop(robot);
        robot.clickOn("Carla Diaz");
        // What the live updates tell the board when a team server goes out of reach (LiveUpdates' words).
        robot.interact(() -> model.board().refuseWhileUnreachable("Cannot reach the team server at "
                + "db.example.com:5432, so nothing was changed. Try again once it is back (the banner at the top "
                + "goes away)."));

        robot.clickOn("#reassignButton");
        FxWait.until(() -> robot.lookup(".alert").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> robot.lookup("#boardMessage").queryAs(Label.class).getText().startsWith("Cannot reach"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Elided.in(stage.getScene().getRoot())).get()).isEmpty();
        assertThat(sceneBounds(robot, "#boardRefresh").getMaxX()).as("Refresh stays on the screen")
                .isLessThanOrEqualTo(1280);
        assertThat(sceneBounds(robot, "#trendBanner").intersects(sceneBounds(robot, "#boardMessage")))
                .as("the message is not drawn over the trend").isFalse();
    }

    private static javafx.geometry.Bounds sceneBounds(FxRobot robot, String id) {
        javafx.scene.Node node = robot.lookup(id).query();
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void aRepsBoardOffersNoReassign(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> model.choose(anna)).get();
        openBoard(robot);
        robot.clickOn("Anna Schmidt");
        FxWait.until(() -> robot.lookup("#repOverdue").queryTableView().getItems().size() == 3);

        robot.clickOn("Carla Diaz");

        for (String button : List.of("#reassignButton", "#reassignCallsButton", "#reassignEscalationsButton")) {
            assertThat(robot.lookup(button).query().isVisible()).as(button).isFalse();
        }
    }
}
