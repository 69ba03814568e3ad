package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.Item;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A manager's Monday: the summary opens on the week that is over, "All teams" can be picked and says so, and the
 * board's on-time rate says how many items it rests on. Berlin returned 9 of 10 calls on time last week and, by
 * Monday 10:00, 2 of 2 this week.
 */
@ExtendWith(ApplicationExtension.class)
class MondaySummaryWindowTest {

    /** Monday 30 November 2026, 10:00 in Berlin: week 2026-W49 has just begun. */
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    static Path folder;

    private TaskRunner tasks;
    private AppContext seed;
    private Rep anna;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        MutableClock clock = new MutableClock(MONDAY);
        Path store = folder.resolve("monday-" + System.nanoTime() + ".db");
        seed = AppContext.open(store, clock);
        Team berlin = seed.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        seed.people().addTeam("Support New York", ZoneId.of("America/New_York"), ResponsePolicy.standard());
        anna = seed.people().addRep("Anna Schmidt", "anna@x.example", berlin.name(), Role.REP, null);
        seed.people().addRep("Mia Manager", "mia@x.example", berlin.name(), Role.MANAGER, null);
        for (int i = 0; i < 10; i++) {
            call(seed, anna, Instant.parse("2026-11-24T09:00:00Z").plus(Duration.ofMinutes(i)), i == 0 ? 30 : 2);
        }
        for (int i = 0; i < 2; i++) {
            call(seed, anna, Instant.parse("2026-11-29T23:30:00Z").plus(Duration.ofMinutes(i)), 1);
        }
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, "mia@x.example");
        tasks = TaskRunner.background();
        ShellViewModel model = new ShellViewModel(new StoreLocation.File(store), file -> AppContext.open(file, clock),
                settings, tasks, clock, dialogs);
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    private static void call(AppContext seed, Rep rep, Instant received, int hoursToReturn) {
        Item call = seed.items().add(new NewItem(ItemKind.CALLBACK, rep, Customer.named("C" + received),
                "Call back", Priority.CUSTOMER, received, null, null, NewItem.MANUAL, null));
        seed.items().apply(call.id(), null, new ItemAction.Attempt(received.plus(Duration.ofHours(hoursToReturn)),
                AttemptOutcome.REACHED, null));
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** What the closed picker shows, as the user reads it. */
    private static String shown(FxRobot robot, String id) {
        ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
        // The closed box's own cell, its child; the skin keeps other cells inside for measuring.
        return box.getChildrenUnmodifiable().stream().filter(n -> n instanceof ListCell<?>)
                .findFirst().map(n -> ((ListCell<?>) n).getText()).orElse(null);
    }

    @Test
    void theSummaryOpensOnTheLastCompleteWeekAndThisWeekOnlyWhenChosen(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navReports");
        FxWait.until(() -> robot.lookup("#reportHeading").tryQuery().isPresent()
                && !text(robot, "#reportHeading").isEmpty());

        assertThat(text(robot, "#reportHeading")).startsWith("Support Berlin").contains("2026-W48");
        FxWait.until(() -> shown(robot, "#reportWeek") != null);
        assertThat(shown(robot, "#reportWeek")).startsWith("2026-W48").doesNotContain("this week");
        assertThat(robot.lookup("90.0 %").tryQuery()).isPresent();

        robot.clickOn("#reportWeek");
        robot.clickOn("2026-W49  ·  Mon 30 Nov – Sun 6 Dec  ·  this week so far");
        FxWait.until(() -> text(robot, "#reportHeading").contains("W49"));
        assertThat(robot.lookup("100.0 %").tryQuery()).isPresent();
    }

    @Test
    void allTeamsCanBePickedInTheSummaryAndThePickerSaysSo(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navReports");
        FxWait.until(() -> robot.lookup("#reportHeading").tryQuery().isPresent()
                && text(robot, "#reportHeading").startsWith("Support Berlin"));
        FxWait.until(() -> shown(robot, "#reportTeam") != null);
        assertThat(shown(robot, "#reportTeam")).isEqualTo("Support Berlin");

        robot.clickOn("#reportTeam");
        robot.clickOn("All teams");
        FxWait.until(() -> text(robot, "#reportHeading").startsWith("All teams")
                && "All teams".equals(shown(robot, "#reportTeam")));

        assertThat(uncaught).as("nothing printed on the console").isEmpty();
    }

    @Test
    void allTeamsCanBePickedOnTheBoardAndThePickerSaysSo(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#trendBanner").tryQuery().isPresent()
                && !text(robot, "#trendBanner").isEmpty());

        robot.clickOn("#boardTeam");
        robot.clickOn("All teams");
        FxWait.until(() -> "All teams".equals(shown(robot, "#boardTeam")));

        robot.clickOn("#boardTeam");
        robot.clickOn("Support New York");
        FxWait.until(() -> "Support New York".equals(shown(robot, "#boardTeam")));
        assertThat(uncaught).as("nothing printed on the console").isEmpty();
    }

    @Test
    void theBoardsOnTimeRateSaysHowManyItemsItRestsOnAndUnderTheThresholdShowsLastWeek(FxRobot robot)
            throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#trendBanner").tryQuery().isPresent()
                && !text(robot, "#trendBanner").isEmpty());

        assertThat(text(robot, "#trendBanner"))
                .contains("On time this week: 100.0 % of 2")
                .contains("too few to judge")
                .contains("last week 90.0 % of 10");
    }

    @Test
    void onTheBoardOfAllTeamsDueTimesNameTheirZone(FxRobot robot) throws Exception {
        Rep noah = seed.people().addRep("Noah Jones", "noah@x.example", "Support New York", Role.REP, null);
        // Both promised for Sunday 17:00 where the customer is: six hours apart.
        commitment(anna, Instant.parse("2026-11-29T16:00:00Z"));
        commitment(noah, Instant.parse("2026-11-29T22:00:00Z"));
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#trendBanner").tryQuery().isPresent()
                && !text(robot, "#trendBanner").isEmpty());
        robot.clickOn("#boardTeam");
        robot.clickOn("All teams");
        robot.clickOn("Overdue commitments");
        javafx.scene.control.TableView<?> late = robot.lookup("#overdueCommitments").queryTableView();
        FxWait.until(() -> late.getItems().size() == 2);

        javafx.scene.control.TableColumn<?, ?> due = late.getColumns().stream()
                .filter(c -> c.getText().equals("Due")).findFirst().orElseThrow();
        assertThat(List.of(due.getCellData(0), due.getCellData(1))).containsExactlyInAnyOrder(
                "Sun 29 Nov 17:00 (Berlin)", "Sun 29 Nov 17:00 (New York)");
    }

    private void commitment(Rep rep, Instant due) {
        seed.items().add(new NewItem(ItemKind.COMMITMENT, rep, Customer.named("Promised " + due), "Send the quote",
                Priority.CUSTOMER, Instant.parse("2026-11-27T10:00:00Z"), due, null, NewItem.MANUAL, null));
    }
}
