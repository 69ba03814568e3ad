package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.ui.find.FindRow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ListView;
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

/**
 * Ben Moreau, manager of Support Berlin, finds a customer (Ctrl+K) whose items were done by Berlin, New York and
 * London: a time of another team says its zone, so "08:27" in New York is not read as 08:27 in Berlin; his own
 * team's times read as before.
 */
@ExtendWith(ApplicationExtension.class)
class FindAcrossTeamsWindowTest {

    /** A customer of the demo store (seed 42) with done items of all three teams. */
    private static final String ZOE = "zoe.garcia1@evergreeninsurance.example";

    @TempDir
    static Path folder;

    private DemoWindow window;

    @Start
    void start(Stage stage) {
        window = DemoWindow.show(stage, folder, 1280, 720, s -> new FakeDialogs());
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(query).get();
    }

    private static ListView<FindRow> results(FxRobot robot) {
        return robot.lookup("#findResults").queryListView();
    }

    @Test
    void otherTeamsTimesSayTheirZoneAndTheManagersOwnTeamsDoNot(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent()
                && !robot.lookup("#queueTable").queryTableView().getItems().isEmpty());
        robot.clickOn("#queueTable .table-row-cell");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#findText").tryQuery().isPresent());
        robot.clickOn("#findText").write(ZOE);
        FxWait.until(() -> results(robot).getItems().stream().anyMatch(r -> r.kind() == FindRow.Kind.DONE));

        List<FindRow> done = results(robot).getItems().stream().filter(r -> r.kind() == FindRow.Kind.DONE).toList();
        assertThat(done).extracting(r -> r.item().team().name())
                .contains("Support Berlin", "Support New York", "Key Accounts London");
        for (FindRow row : done) {
            String team = row.item().team().name();
            String expected = switch (team) {
                case "Support New York" -> ".* · \\w{3} \\d+ \\w{3} \\d\\d:\\d\\d \\(New York\\)";
                case "Key Accounts London" -> ".* · \\w{3} \\d+ \\w{3} \\d\\d:\\d\\d \\(London\\)";
                default -> ".* · \\w{3} \\d+ \\w{3} \\d\\d:\\d\\d";
            };
            assertThat(row.text().replace('\u00A0', ' ')).as(team).matches(expected);
        }
        // Done at 13:27 UTC: 08:27 on the New York clock.
        // All in one piece: a wrapped line cannot part the time from its zone.
        assertThat(done).extracting(FindRow::text)
                .anyMatch(text -> text.endsWith("Mon\u00A07\u00A0Dec\u00A008:27\u00A0(New\u00A0York)"));
        assertThat(onFx(() -> Elided.in(results(robot).getScene().getRoot()))).isEmpty();

        robot.type(KeyCode.DOWN);
        for (int moves = 0; moves < 20 && !"Support New York".equals(onFx(() -> {
            FindRow selected = results(robot).getSelectionModel().getSelectedItem();
            return selected == null || selected.kind() != FindRow.Kind.DONE ? null : selected.item().team().name();
        })); moves++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> !robot.lookup("#findHistory").queryListView().getItems().isEmpty());
        List<?> history = robot.lookup("#findHistory").queryListView().getItems();
        assertThat(history).allMatch(line -> line.toString().replace('\u00A0', ' ')
                        .matches("\\w{3} \\d+ \\w{3} \\d\\d:\\d\\d \\(New York\\)  .+"),
                "starts with a New York time");
    }
}
