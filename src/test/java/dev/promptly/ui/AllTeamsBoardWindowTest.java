package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.board.RepRow;
import dev.promptly.people.Team;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
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
 * The demo's manager looks at the board of all teams on a 1280x720 laptop on Monday evening, when commitments of
 * three teams in three zones are overdue: every rep's row names the team, and every due time shows whole, zone
 * included, without the tables scrolling sideways.
 */
@ExtendWith(ApplicationExtension.class)
class AllTeamsBoardWindowTest {

    @TempDir
    static Path folder;

    private DemoWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // 21:00 UTC: past 17:00 in Berlin, London and New York's Sunday, so each team has a commitment overdue.
        window = DemoWindow.show(stage, folder, 1280, 720, s -> new FakeDialogs(),
                DemoWindow.NOW.plus(Duration.ofHours(7)));
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void everyRepsRowNamesItsTeamAndEveryDueTimeShowsWholeWithItsZone(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("#navBoard");
        TableView<RepRow> reps = robot.lookup("#boardReps").queryTableView();
        FxWait.until(() -> !reps.getItems().isEmpty());
        robot.clickOn("#boardTeam");
        robot.clickOn("All teams");
        FxWait.until(() -> reps.getItems().stream().map(r -> r.rep().teamId()).distinct().count() > 1);
        Map<Long, String> teams = robot.lookup("#boardTeam").queryComboBox().getItems().stream()
                .map(Team.class::cast).collect(Collectors.toMap(Team::id, Team::name));

        List<TableRow<?>> rows = onFx(() -> robot.lookup("#boardReps .table-row-cell").queryAllAs(TableRow.class)
                .stream().filter(row -> row.isVisible() && row.getItem() != null).<TableRow<?>>map(row -> row)
                .toList());
        assertThat(rows).isNotEmpty();
        for (TableRow<?> row : rows) {
            RepRow rep = (RepRow) row.getItem();
            List<String> shown = onFx(() -> row.lookupAll(".table-cell").stream().filter(Node::isVisible)
                    .map(cell -> ((TableCell<?, ?>) cell).getText()).toList());
            assertThat(shown).as(rep.rep().name() + "'s row").contains(teams.get(rep.rep().teamId()));
        }
        assertThat(cutWords()).isEmpty();
        assertThat(scrollsSideways(reps)).as("the reps table scrolls sideways").isFalse();

        robot.clickOn("Overdue commitments");
        TableView<?> commitments = robot.lookup("#overdueCommitments").queryTableView();
        FxWait.until(() -> !commitments.getItems().isEmpty());
        List<String> zones = onFx(() -> commitments.lookupAll(".table-cell").stream()
                .map(cell -> ((TableCell<?, ?>) cell).getText())
                .filter(t -> t != null && t.matches(".*\\d\\d:\\d\\d \\(.*\\)"))
                .map(t -> t.substring(t.indexOf('('))).distinct().toList());
        assertThat(zones).as("due times of several zones").hasSizeGreaterThan(1);
        // At 1280 px something has to give, and it is the free-text subject, never the due time or a header.
        List<String> subjects = onFx(() -> lateSubjects(commitments));
        assertThat(cutWords()).filteredOn(cut -> subjects.stream().noneMatch(s -> cut.contains("\"" + s + "\"")))
                .isEmpty();
        assertThat(scrollsSideways(commitments)).as("the commitments table scrolls sideways").isFalse();
        // What is cut reads whole when pointed at; what shows whole has no tooltip to get in the way.
        List<String> tooltips = onFx(() -> commitments.lookupAll(".table-cell").stream()
                .map(cell -> ((TableCell<?, ?>) cell).getTooltip()).filter(java.util.Objects::nonNull)
                .map(tip -> tip.getText()).toList());
        assertThat(tooltips).as("the cut subjects' tooltips").isNotEmpty().isSubsetOf(subjects);
    }

    private static List<String> lateSubjects(TableView<?> commitments) {
        return commitments.getItems().stream().map(c -> ((dev.promptly.board.Board.LateCommitment) c).item().item()
                .subject()).filter(java.util.Objects::nonNull).toList();
    }

    private List<String> cutWords() throws Exception {
        return onFx(() -> Elided.in(stage.getScene().getRoot()));
    }

    private static boolean scrollsSideways(TableView<?> table) throws Exception {
        return onFx(() -> table.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> bar instanceof ScrollBar scroll && scroll.getOrientation() == Orientation.HORIZONTAL
                        && scroll.isVisible()));
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(query).get();
    }
}
