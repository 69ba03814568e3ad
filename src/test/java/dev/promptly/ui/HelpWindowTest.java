package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.Version;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
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
        // No browser in this window's set-up: it gives the page's address instead, selected, and copies it.
        FxWait.until(() -> robot.lookup("#pageAddress").tryQuery().isPresent());
        TextField address = robot.lookup("#pageAddress").queryAs(TextField.class);
        assertThat(address.getText()).startsWith("file:/").endsWith("/user-guide.html");
        FxWait.until(() -> address.isFocused() && address.getSelectedText().equals(address.getText()));
        robot.clickOn("#copyPageAddress");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(address.getText());
        assertThat(robot.lookup("#pageAddress").tryQuery()).as("copying leaves it open").isPresent();

        Path page = Path.of(URI.create(address.getText()));
        String html = Files.readString(page);
        assertThat(html).contains("<h1>Promptly user guide</h1>", "<h2>Weekly summary</h2>",
                "<img src=\"screenshots/weekly-summary-pdf.png\"");
        assertThat(page.resolveSibling("screenshots/weekly-summary-pdf.png")).isNotEmptyFile();
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#pageAddress").tryQuery().isEmpty());
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
