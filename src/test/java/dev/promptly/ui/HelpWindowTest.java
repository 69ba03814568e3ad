package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The help button's menu: About Promptly with the version and the store, the user guide, the shortcuts. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {

    @TempDir
    static Path folder;

    private AnnasWindow window;

    @Start
    void start(Stage stage) {
        window = AnnasWindow.show(stage, folder, new MutableClock(Instant.parse("2026-11-23T08:00:00Z")));
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void aboutShowsTheVersionAndTheStoreInUse(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.clickOn("#helpButton").clickOn("About Promptly");
        FxWait.until(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());

        assertThat(text(robot, "#aboutVersion")).isEqualTo(Version.current()).isNotEqualTo("development")
                .matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(text(robot, "#aboutStore")).isEqualTo("This computer (a SQLite file)");
        assertThat(text(robot, "#aboutWhere")).isEqualTo(window.model.location().display()).endsWith(".db");
        robot.clickOn("Close");
    }

    @Test
    void theUserGuideIsWrittenOutWithItsScreenshotsForTheBrowser(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.clickOn("#helpButton").clickOn("User guide");
        // No browser in this window's set-up: it says where the page is instead (DesktopApp opens the browser).
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String said = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        Matcher page = Pattern.compile("Open (.+user-guide\\.html) in your browser\\.").matcher(said);
        assertThat(page.matches()).as(said).isTrue();

        String html = Files.readString(Path.of(page.group(1)));
        assertThat(html).contains("<h1>Promptly user guide</h1>", "<h2>Weekly summary</h2>",
                "<img src=\"screenshots/weekly-summary-pdf.png\"");
        assertThat(Path.of(page.group(1)).resolveSibling("screenshots/weekly-summary-pdf.png")).isNotEmptyFile();
        robot.clickOn("OK");
    }

    @Test
    void theShortcutsAreStillInTheMenuAndOnF1(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());

        robot.clickOn("#helpButton").clickOn("Keyboard shortcuts (F1)");

        FxWait.until(() -> robot.lookup("#shortcutsHelp").tryQuery().isPresent());
        robot.clickOn("Close");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
