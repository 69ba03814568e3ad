package dev.promptly.ui;

import dev.promptly.StoreLocation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
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
import dev.promptly.reports.export.ReportTable;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A lead sees the board's alert, follows it to the weekly summary, compares with last week and exports it. Anna
 * returned 9 of 10 calls on time in each of the four weeks before, and 3 of 4 this week.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsWindowTest {

    /** Wednesday 25 November 2026, 12:00 in Berlin: week 2026-W48. */
    private static final Instant NOW = Instant.parse("2026-11-25T11:00:00Z");

    @TempDir
    static Path folder;

    private TaskRunner tasks;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(NOW);
        Path store = folder.resolve("reports-" + System.nanoTime() + ".db");
        AppContext seed = AppContext.open(store, clock);
        Team team = seed.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        Rep anna = seed.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        seed.people().addRep("Ben Okafor", "ben@x.example", team.name(), Role.LEAD, null);
        String[] mondays = {"2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"};
        for (int w = 0; w < mondays.length; w++) {
            int calls = w < 4 ? 10 : 4;
            for (int i = 0; i < calls; i++) {
                Instant received = Instant.parse(mondays[w] + "T09:00:00Z").plus(Duration.ofMinutes(i));
                Item call = seed.items().add(new NewItem(ItemKind.CALLBACK, anna, Customer.named("Customer " + w + i),
                        "Call back", Priority.CUSTOMER, received, null, null, NewItem.MANUAL, null));
                seed.items().apply(call.id(), null, new ItemAction.Attempt(
                        received.plus(Duration.ofHours(i == 0 ? 30 : 2)), AttemptOutcome.REACHED, null));
            }
        }
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, "ben@x.example");
        tasks = TaskRunner.background();
        ShellViewModel model = new ShellViewModel(new StoreLocation.File(store), file -> AppContext.open(file, clock), settings, tasks, clock,
                dialogs);
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private static List<ReportTable.Line> lines(FxRobot robot) {
        TableView<ReportTable.Line> table = robot.lookup("#reportTable").queryTableView();
        return List.copyOf(table.getItems());
    }

    private static ReportTable.Line line(FxRobot robot, String name) {
        return lines(robot).stream().filter(l -> name.equals(l.isTotal() ? "Team total" : l.name())).findFirst()
                .orElseThrow();
    }

    private static String heading(FxRobot robot) {
        return robot.lookup("#reportHeading").queryAs(Label.class).getText();
    }

    @Test
    void theBoardsAlertLeadsToTheSummaryWhichShowsTheWeekAndTheDrop(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#trendBanner").queryAs(Label.class).getText().startsWith("Act now"));

        robot.clickOn("#openSummary");
        FxWait.until(() -> robot.lookup("#reportHeading").tryQuery().isPresent() && heading(robot).contains("W48"));

        assertThat(heading(robot)).startsWith("Support Berlin").contains("2026-W48", "Europe/Berlin");
        assertThat(line(robot, "Anna Schmidt").figures().callbacks().outcomes().count()).isEqualTo(4);
        assertThat(line(robot, "Team total").figures().onTimePct()).isEqualTo(75.0);
        assertThat(robot.lookup("75.0 %").tryQuery()).isPresent();
        Node alert = robot.lookup("#reportAlert").query();
        assertThat(alert.isVisible()).isTrue();
        assertThat(((Label) alert).getText()).contains("75.0 %", "90.0 %");
        LineChart<?, ?> trend = robot.lookup("#trendChart").queryAs(LineChart.class);
        List<Object> rates = trend.getData().get(0).getData().stream().map(d -> (Object) d.getYValue()).toList();
        assertThat(rates).containsExactly(90.0, 90.0, 90.0, 90.0, 75.0);
        assertThat(trend.getData().get(1).getName()).isEqualTo("Alert below 80.0 %");
    }

    @Test
    void theSummaryOpensOnLastWeekWithItsFiguresAndWithoutTheAlert(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navReports");
        FxWait.until(() -> robot.lookup("#reportHeading").tryQuery().isPresent() && heading(robot).contains("W47"));

        ReportTable.Line anna = line(robot, "Anna Schmidt");
        assertThat(anna.figures().callbacks().outcomes().count()).isEqualTo(10);
        assertThat(anna.figures().callbacks().outcomes().onTime()).isEqualTo(9);
        assertThat(robot.lookup("90.0 %").tryQuery()).isPresent();
        assertThat(robot.lookup("#reportAlert").query().isVisible()).isFalse();
    }

    @Test
    void exportingWritesTheFileInTheBackgroundAndSaysWhere(FxRobot robot) throws Exception {
        Path target = folder.resolve("summary-" + System.nanoTime() + ".csv");
        dialogs.saveAs = target;
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navReports");
        FxWait.until(() -> robot.lookup("#reportHeading").tryQuery().isPresent() && heading(robot).contains("W47"));

        robot.clickOn("#exportCSV");
        FxWait.until(() -> robot.lookup("#reportMessage").queryAs(Label.class).getText().startsWith("Saved"));

        assertThat(robot.lookup("#reportMessage").queryAs(Label.class).getText()).isEqualTo("Saved " + target.getFileName());
        List<String> csv = Files.readAllLines(target);
        assertThat(csv.get(0)).startsWith("team,rep,name,callbacks_received,callbacks_on_time");
        assertThat(csv).anyMatch(row -> row.startsWith("Support Berlin,anna@x.example,Anna Schmidt,10,9,1,"));
        assertThat(dialogs.errors).isEmpty();
    }
}
