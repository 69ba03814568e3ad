package dev.promptly.ui;

import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import atlantafx.base.theme.PrimerLight;
import dev.promptly.AppContext;
import dev.promptly.TestWorld;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path folder;

    private TaskRunner tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tasks = TaskRunner.background();
        window = new MainWindow(new MainViewModel(folder.resolve("ui.db"),
                file -> AppContext.open(file, Clock.fixed(TestWorld.NOW, ZoneOffset.UTC)), tasks));
        stage.setScene(new Scene(window, 800, 600));
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        tasks.shutdown();
    }

    @Test
    void anEmptyStoreInvitesTheUserToLoadDemoData(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#storeStatus").queryAs(Label.class).getText().startsWith("The store is empty"));
        verifyThat("#storeLocation", hasText("Store: " + folder.resolve("ui.db")));
    }
}
