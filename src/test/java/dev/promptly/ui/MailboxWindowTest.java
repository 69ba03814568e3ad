package dev.promptly.ui;

import dev.promptly.StoreLocation;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.promptly.AppContext;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.queue.ItemRow;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A rep connects their mailbox from File > Mailbox and syncs it; the email waiting for them is in their queue. */
@ExtendWith(ApplicationExtension.class)
class MailboxWindowTest {

    /** Started before the window (ApplicationExtension starts it before any per-test extension). */
    private static final GreenMail SERVER = new GreenMail(ServerSetupTest.SMTP_IMAP);

    @BeforeAll
    static void startServer() {
        SERVER.start();
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @TempDir
    static Path folder;

    private TaskRunner tasks;

    @Start
    void start(Stage stage) {
        // GreenMail dates what it receives with the real time: the app's clock runs a little ahead of it.
        MutableClock clock = new MutableClock(Instant.now().plusSeconds(120));
        Path store = folder.resolve("mail-" + System.nanoTime() + ".db");
        AppContext seed = AppContext.open(store, clock);
        Team team = seed.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        Rep anna = seed.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        SERVER.setUser(anna.email(), anna.email(), "secret");
        GreenMailUtil.sendTextEmail(anna.email(), "carla@acme.example", "Where is my order?", "Hello",
                ServerSetupTest.SMTP);
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, anna.email());
        tasks = TaskRunner.background();
        ShellViewModel model = new ShellViewModel(new StoreLocation.File(store), f -> AppContext.open(f, clock), settings, tasks, clock,
                new FxDialogService(() -> stage));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void connectingTheMailboxBringsTheWaitingEmailIntoTheQueue(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("File").clickOn("Mailbox…");
        FxWait.until(() -> robot.lookup("#mailHost").tryQuery().isPresent());

        robot.clickOn("#mailHost").write("localhost");
        robot.clickOn("#mailTls").clickOn("None: only for a server on a network you trust");
        robot.doubleClickOn("#mailPort").eraseText(3).write(String.valueOf(ServerSetupTest.IMAP.getPort()));
        robot.clickOn("#mailPassword").write("secret");
        robot.clickOn("#mailRemember");
        robot.clickOn("#mailSyncNow");
        FxWait.until(() -> robot.lookup("#mailStatus").queryAs(Label.class).getText().startsWith("Synced"));

        assertThat(robot.lookup("#mailStatus").queryAs(Label.class).getText())
                .contains("1 new messages, 1 emails to answer", "Inbox: 1 messages, 1 unread, 1 unanswered (few)");
        robot.clickOn("Close");
        FxWait.until(() -> robot.lookup("#queueTable").<ItemRow>queryTableView().getItems().size() == 1);
        assertThat(robot.lookup("Where is my order?").tryQuery()).isPresent();
        assertThat(robot.lookup("#figureInbox").queryAs(Label.class).getText()).isEqualTo("A few (1)");
    }
}
