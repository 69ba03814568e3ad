package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.reports.export.ReportTable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 25, "fit the screen": on a 1280x720 laptop the demo's manager reads the queue, the board and the weekly
 * summary without a word cut short, sees five rows of the board's lower tables and the summary's Team total, and
 * keeps the summary's toolbar whole after an export.
 */
@ExtendWith(ApplicationExtension.class)
class FitTheScreenWindowTest {

    @TempDir
    static Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private DemoWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = DemoWindow.show(stage, folder, 1280, 720, s -> dialogs);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private List<String> cutWords() throws Exception {
        return onFx(() -> Elided.in(stage.getScene().getRoot()));
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(query).get();
    }

    @Test
    void theQueueShowsEveryCustomerSubjectAndDueTimeWhole(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent()
                && !robot.lookup("#queueTable").queryTableView().getItems().isEmpty());
        robot.clickOn("#queueTable .table-row-cell");
        FxWait.until(() -> !robot.lookup("#detailContact").queryAs(Label.class).getText().isEmpty());

        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(cutWords()).isEmpty();
        // The address is broken before its "@" or its domain's dots, never inside a word.
        String contact = robot.lookup("#detailContact").queryAs(Label.class).getText();
        assertThat(contact.replace("\n", "")).contains("@").doesNotContain("\n\n");
        for (String line : contact.split("\n")) {
            assertThat(line).matches("(\\+[\\d ]+)|([^@ ]+)|(@[^@ .]+(\\.[^@ .]+)*)|(\\.[^@ .]+)|(.*  ·  .*)");
        }
    }

    @Test
    void whoAreYouSaysWholeThatAnyoneHereMayChooseAnyPerson(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#profileButton");
        FxWait.until(() -> robot.lookup("#profiles").tryQuery().isPresent());

        assertThat(robot.lookup("On this computer only: anyone using it may choose any person.").tryQuery())
                .isPresent();
        assertThat(cutWords()).isEmpty();
    }

    @Test
    void theBoardsHeadersReadWholeAndItsLowerTablesShowFiveRows(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#boardReps").tryQuery().isPresent()
                && !robot.lookup("#boardReps").queryTableView().getItems().isEmpty());

        assertThat(cutWords()).isEmpty();
        for (String tab : List.of("Overdue commitments", "Calls not returned in 24 h", "Escalations, 7 days")) {
            robot.clickOn(tab);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(cutWords()).as(tab).isEmpty();
        }
        for (String id : List.of("#repOverdue", "#overdueCommitments", "#unreturnedCalls", "#escalations")) {
            TableView<?> table = robot.lookup(id).queryTableView();
            Node header = table.lookup(".column-header-background");
            double rows = onFx(() -> (table.getHeight() - header.getLayoutBounds().getHeight()) / 28.0);
            assertThat(rows).as(id + " rows shown").isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theSummaryShowsItsTeamTotalAndEveryFigureWhole(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navReports");
        FxWait.until(() -> robot.lookup("#reportTable").tryQuery().isPresent()
                && !robot.lookup("#reportTable").queryTableView().getItems().isEmpty());

        assertThat(cutWords()).isEmpty();
        TableView<?> table = robot.lookup("#reportTable").queryTableView();
        TableRow<?> total = robot.lookup("#reportTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() instanceof ReportTable.Line line && line.isTotal() && row.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no Team total row is drawn"));
        Bounds row = onFx(() -> total.localToScene(total.getLayoutBounds()));
        Bounds shown = onFx(() -> {
            Node flow = table.lookup(".clipped-container");
            return flow.localToScene(flow.getLayoutBounds());
        });
        assertThat(row.getMinY()).isGreaterThanOrEqualTo(shown.getMinY() - 0.5);
        assertThat(row.getMaxY()).as("the Team total row's bottom").isLessThanOrEqualTo(shown.getMaxY() + 0.5);
        assertThat(robot.lookup("Team total").tryQuery()).isPresent();
    }

    @Test
    void afterAnExportTheToolbarKeepsItsWordsAndTheFileCanBeOpened(FxRobot robot) throws Exception {
        Path target = folder.resolve("promptly-summary-with-a-long-name-" + System.nanoTime() + ".csv");
        dialogs.saveAs = target;
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navReports");
        FxWait.until(() -> robot.lookup("#reportTable").tryQuery().isPresent()
                && !robot.lookup("#reportTable").queryTableView().getItems().isEmpty());

        robot.clickOn("#exportCSV");
        FxWait.until(() -> robot.lookup("#reportMessage").queryAs(Label.class).getText().startsWith("Saved"));

        assertThat(robot.lookup("#reportMessage").queryAs(Label.class).getText())
                .isEqualTo("Saved " + target.getFileName());
        assertThat(robot.lookup("#openSavedFile").queryAs(Button.class).isVisible()).isTrue();
        assertThat(robot.lookup("#showSavedFile").queryAs(Button.class).isVisible()).isTrue();
        assertThat(cutWords()).isEmpty();
    }

    @Test
    void theAllTeamsSummaryShowsItsGrandTotalWithoutScrolling(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navReports");
        FxWait.until(() -> robot.lookup("#reportHeading").tryQuery().isPresent()
                && robot.lookup("#reportHeading").queryAs(Label.class).getText().startsWith("Support Berlin"));
        robot.clickOn("#reportTeam");
        robot.clickOn("All teams");
        FxWait.until(() -> robot.lookup("#reportHeading").queryAs(Label.class).getText().startsWith("All teams")
                && !robot.lookup("#reportTable").queryTableView().getItems().isEmpty());

        assertThat(cutWords()).isEmpty();
        TableView<?> table = robot.lookup("#reportTable").queryTableView();
        assertThat(table.getItems().size()).as("more lines than the screen holds").isGreaterThan(20);
        TableRow<?> total = robot.lookup("#reportTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() instanceof ReportTable.Line line && line.isTotal()
                        && line.team() == null && row.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no All teams total row is drawn"));
        Bounds row = onFx(() -> total.localToScene(total.getLayoutBounds()));
        Bounds shown = onFx(() -> {
            Node flow = table.lookup(".clipped-container");
            return flow.localToScene(flow.getLayoutBounds());
        });
        assertThat(row.getMinY()).as("the All teams row's top").isGreaterThanOrEqualTo(shown.getMinY() - 0.5);
        assertThat(row.getMaxY()).as("the All teams row's bottom").isLessThanOrEqualTo(shown.getMaxY() + 0.5);
        // The team box, wider once its list has been open, pushes neither PDF nor the table's side off the window.
        for (String id : List.of("#exportPDF", "#reportTable")) {
            Node node = robot.lookup(id).query();
            double right = onFx(() -> node.localToScene(node.getLayoutBounds()).getMaxX());
            assertThat(right).as(id + "'s right edge").isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
        }
    }
}
