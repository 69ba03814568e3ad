package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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

/**
 * Setting up a team in the app: the person who sets it up leads it, adds teammates and changes their roles on the
 * Team screen, finds themselves in "Who are you?", and hands work to a colleague seeing who has room.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {

    /** Wednesday 25 November 2026, 12:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-11-25T11:00:00Z");

    @TempDir
    static Path folder;

    private Stage stage;
    private TaskRunner tasks;
    private AppContext seed;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    /**
     * The window's runner, which drops what the window still asks for once the test has ended: a load that finishes
     * after the test would otherwise ask a stopped runner for more and fail the next test.
     */
    private static TaskRunner stoppable(TaskRunner real) {
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        return new TaskRunner() {
            @Override
            public <T> void run(java.util.function.Supplier<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                if (!stopped.get()) {
                    real.run(work, onSuccess, onFailure);
                }
            }

            @Override
            public void later(Runnable update) {
                real.later(update);
            }

            @Override
            public void shutdown() {
                stopped.set(true);
                real.shutdown();
            }
        };
    }

    /** A new store; {@code people} fills it before the window opens as {@code me} (null: nobody remembered). */
    private void open(java.util.function.Consumer<AppContext> people, String me) throws Exception {
        MutableClock clock = new MutableClock(NOW);
        Path store = folder.resolve("team-" + System.nanoTime() + ".db");
        seed = AppContext.open(store, clock);
        people.accept(seed);
        Settings settings = Settings.inMemory();
        if (me != null) {
            settings.put(ShellViewModel.REP_KEY, me);
        }
        tasks = stoppable(TaskRunner.background());
        ShellViewModel model = new ShellViewModel(new StoreLocation.File(store), file -> AppContext.open(file, clock),
                settings, tasks, clock, new FxDialogService(() -> stage));
        Platform.runLater(() -> {
            stage.setScene(DesktopApp.scene(model));
            stage.show();
            model.open();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static void northAndSouth(AppContext seed) {
        seed.people().addTeam("North", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        seed.people().addTeam("South", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        seed.people().addRep("Lea Berg", "lea@x.example", "North", Role.LEAD, "203");
        seed.people().addRep("Ana Lima", "ana@x.example", "North", Role.REP, "201");
        seed.people().addRep("Ben Okafor", "ben@x.example", "North", Role.REP, "202");
        seed.people().addRep("Sam Reyes", "sam@x.example", "South", Role.REP, "204");
    }

    private void callback(String owner, String customer, Duration ago) {
        seed.items().add(new NewItem(ItemKind.CALLBACK, seed.people().rep(owner), Customer.named(customer),
                "About " + customer, Priority.CUSTOMER, NOW.minus(ago), null, null, NewItem.MANUAL, null));
    }

    /** Whether the node and every parent are visible: what a person can see. */
    private static boolean shown(FxRobot robot, String query) {
        var found = robot.lookup(query).tryQuery();
        if (found.isEmpty() || found.get().getScene() == null) {
            return false;
        }
        for (Node node = found.get(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void whoeverSetsUpANewTeamLeadsItAndMayReassign(FxRobot robot) throws Exception {
        open(store -> { }, null);
        FxWait.until(() -> robot.lookup("#setUpButton").tryQuery().isPresent());

        robot.clickOn("#setUpButton");
        robot.clickOn("#profileName").write("Lea Berg");
        robot.clickOn("#profileEmail").write("lea@x.example");
        robot.clickOn("#profileTeam").write("Support Berlin");
        robot.clickOn("#createProfileButton");
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        Rep lea = seed.people().rep("lea@x.example");
        assertThat(lea.role()).isEqualTo(Role.LEAD);
        assertThat(seed.people().teamOf(lea).name()).isEqualTo("Support Berlin");
        seed.people().addRep("Ana Lima", "ana@x.example", "Support Berlin", Role.REP, null);
        callback("lea@x.example", "Carla Diaz", Duration.ofHours(30));
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#repOverdue").tryQuery().isPresent()
                && robot.lookup("#repOverdue").queryTableView().getItems().size() == 1);
        robot.clickOn("Carla Diaz");
        assertThat(robot.lookup("#reassignButton").query().isDisabled()).isFalse();
    }

    @Test
    void anEmptyStoreSaysWhatToDoFirstInsteadOfAnEmptyList(FxRobot robot) throws Exception {
        open(store -> { }, null);
        FxWait.until(() -> robot.lookup("#setUpButton").tryQuery().isPresent());

        robot.clickOn("#setUpButton");
        FxWait.until(() -> robot.lookup("#profilesEmpty").tryQuery().isPresent());

        assertThat(shown(robot, "#profilesEmpty")).isTrue();
        assertThat(text(robot, "#profilesEmpty")).startsWith("Nobody is in this store yet.")
                .contains("you become the lead of that new team");
        assertThat(shown(robot, "#profiles")).isFalse();
        assertThat(shown(robot, "#chooseProfileButton")).isFalse();
    }

    @Test
    void theTeamScreenAddsATeammateAndChangesTheirRole(FxRobot robot) throws Exception {
        open(TeamWindowTest::northAndSouth, "lea@x.example");
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.SHORTCUT);
        FxWait.until(() -> robot.lookup("#teamMembers").tryQuery().isPresent()
                && robot.lookup("#teamMembers").queryTableView().getItems().size() == 3);
        assertThat(shown(robot, "#addTeammateButton")).isTrue();

        robot.clickOn("#teammateName").write("Omar Haddad");
        robot.clickOn("#teammateEmail").write("omar");
        robot.clickOn("#addTeammateButton");
        FxWait.until(() -> !text(robot, "#teamProblem").isEmpty());
        assertThat(text(robot, "#teamProblem")).isEqualTo("'omar' is not an email address.");
        assertThat(seed.people().reps()).hasSize(4);

        robot.clickOn("#teammateEmail").write("@x.example");
        robot.clickOn("#teammateExtension").write("214");
        robot.clickOn("#addTeammateButton");
        FxWait.until(() -> robot.lookup("#teamMembers").queryTableView().getItems().size() == 4);
        assertThat(text(robot, "#teamMessage")).isEqualTo("Added rep Omar Haddad <omar@x.example> to North.");
        TableView<Rep> members = robot.lookup("#teamMembers").queryTableView();
        Rep omar = seed.people().rep("omar@x.example");
        assertThat(omar.extension()).isEqualTo("214");
        assertThat(seed.people().teamOf(omar).name()).isEqualTo("North");

        robot.clickOn("Omar Haddad");
        FxWait.until(() -> members.getSelectionModel().getSelectedItem() != null);
        robot.clickOn("#memberRole");
        robot.clickOn("manager");
        robot.clickOn("#changeRoleButton");
        FxWait.until(() -> !text(robot, "#teamProblem").isEmpty() || text(robot, "#teamMessage").contains("now"));
        assertThat(text(robot, "#teamProblem")).isEmpty();
        assertThat(text(robot, "#teamMessage")).isEqualTo("Omar Haddad is now a manager.");
        assertThat(seed.people().rep("omar@x.example").role()).isEqualTo(Role.MANAGER);
        FxWait.until(() -> members.getItems().stream()
                .anyMatch(r -> r.name().equals("Omar Haddad") && r.role() == Role.MANAGER));
    }

    @Test
    void aRepSeesTheTeamButNotTheControlsToChangeIt(FxRobot robot) throws Exception {
        open(TeamWindowTest::northAndSouth, "ana@x.example");
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.clickOn("#navTeam");
        FxWait.until(() -> robot.lookup("#teamMembers").tryQuery().isPresent()
                && robot.lookup("#teamMembers").queryTableView().getItems().size() == 3);

        assertThat(shown(robot, "#teamMembers")).isTrue();
        assertThat(shown(robot, "#addTeammateButton")).isFalse();
        assertThat(shown(robot, "#changeRoleButton")).isFalse();
        assertThat(shown(robot, "#moveButton")).isFalse();
        assertThat(shown(robot, "#savePolicyButton")).isFalse();
        assertThat(text(robot, "#teamNote")).isEqualTo("Only a lead or a manager adds people and changes the team; "
                + "ask your lead.");
    }

    @Test
    void whoAreYouGroupsPeopleByTeamAndTheSearchNarrowsThem(FxRobot robot) throws Exception {
        open(TeamWindowTest::northAndSouth, null);
        FxWait.until(() -> robot.lookup("#profiles").tryQuery().isPresent());
        ListView<?> profiles = robot.lookup("#profiles").queryListView();
        FxWait.until(() -> profiles.getItems().size() == 6);
        assertThat(robot.lookup(heading("North")).tryQuery()).isPresent();
        assertThat(robot.lookup(heading("South")).tryQuery()).isPresent();
        assertThat(robot.lookup("Ben Okafor · rep").tryQuery()).isPresent();

        robot.clickOn("#profileSearch").write("sam");
        FxWait.until(() -> profiles.getItems().size() == 2);
        assertThat(robot.lookup(heading("South")).tryQuery()).isPresent();
        assertThat(robot.lookup(heading("North")).tryQuery()).isEmpty();
        assertThat(robot.lookup("Ben Okafor · rep").tryQuery()).isEmpty();

        robot.doubleClickOn("#profileSearch").eraseText(3).write("north");
        FxWait.until(() -> profiles.getItems().size() == 4);
        assertThat(robot.lookup("Ana Lima · rep").tryQuery()).isPresent();
        assertThat(robot.lookup("Lea Berg · lead").tryQuery()).isPresent();

        robot.clickOn("Ben Okafor · rep");
        robot.clickOn("#chooseProfileButton");
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
    }

    @Test
    void theReassignListShowsEachColleaguesTeamAndLoadAndWorksOnTheUnreturnedCalls(FxRobot robot) throws Exception {
        open(store -> {
            northAndSouth(store);
        }, "lea@x.example");
        callback("ana@x.example", "Carla Diaz", Duration.ofHours(30));
        callback("ben@x.example", "Dan Brown", Duration.ofHours(26));
        callback("ben@x.example", "Eve Adams", Duration.ofHours(1));
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#boardReps").tryQuery().isPresent()
                && robot.lookup("#boardReps").queryTableView().getItems().size() == 3);

        robot.clickOn("Calls not returned in 24 h");
        robot.clickOn(robot.from(robot.lookup("#unreturnedCalls").queryTableView()).lookup("About Carla Diaz")
                .<Node>query());
        robot.clickOn("#reassignCallsButton");
        FxWait.until(() -> robot.lookup("#escalateTo").tryQuery().isPresent());
        robot.clickOn("#escalateTo");

        assertThat(robot.lookup(heading("North")).tryQuery()).isPresent();
        assertThat(robot.lookup(heading("South")).tryQuery()).isPresent();
        assertThat(robot.lookup("Ben Okafor <ben@x.example> · 2 open, 1 overdue").tryQuery()).isPresent();
        assertThat(robot.lookup("Lea Berg <lea@x.example> · 0 open, 0 overdue").tryQuery()).isPresent();
        assertThat(robot.lookup("Sam Reyes <sam@x.example> · 0 open, 0 overdue").tryQuery()).isPresent();
        assertThat(robot.lookup("Ana Lima <ana@x.example> · 1 open, 1 overdue").tryQuery())
                .as("the item's owner is not offered").isEmpty();

        robot.clickOn("Sam Reyes <sam@x.example> · 0 open, 0 overdue");
        robot.clickOn("#escalateReason").write("Sam speaks Spanish");
        robot.clickOn("#okButton");
        FxWait.until(() -> text(robot, "#boardMessage").equals("Reassigned 1 item to Sam Reyes"));
        assertThat(seed.items().queue(java.util.Set.of(seed.people().rep("sam@x.example").id()), NOW))
                .extracting(v -> v.customer().name()).containsExactly("Carla Diaz");
    }

    /** A team's heading in a list: a cell with the team's name that cannot be chosen. */
    private static java.util.function.Predicate<Node> heading(String team) {
        return node -> node instanceof ListCell<?> cell && team.equals(cell.getText()) && cell.isDisabled();
    }
}
