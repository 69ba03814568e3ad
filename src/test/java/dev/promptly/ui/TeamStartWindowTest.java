package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.CuttableProxy;
import dev.promptly.testing.TestPostgres;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellViewModel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starting on a team store that does not open at once: a server that asks for a password gets it typed into the
 * Connect dialog, which opens by itself; a server out of reach is tried again (by itself and on "Try again") and
 * used once it answers; the status bar never says "live" while no store is open.
 */
@ExtendWith(ApplicationExtension.class)
class TeamStartWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final AtomicInteger LOGINS = new AtomicInteger();

    private final MutableClock clock = new MutableClock(NOW);
    private final Settings settings = Settings.inMemory();
    private StoreLocation.Server store;
    private CuttableProxy network;
    private TaskRunner tasks;
    private ShellViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1280);
        stage.setHeight(720);
        store = TestPostgres.newStore();
        AppContext admin = AppContext.open(store, null, clock);
        Team team = admin.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        admin.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        admin.close();
        settings.put(ShellViewModel.REP_KEY, "anna@x.example");
        network = new CuttableProxy(store.port());
        tasks = TaskRunner.background();
    }

    /** Opens the window on {@code where}, as a start with that store remembered does. */
    private void startOn(FxRobot robot, StoreLocation.Server where) {
        robot.interact(() -> {
            model = new ShellViewModel(where, (at, password) -> AppContext.open(at, password, clock), settings,
                    tasks, clock, new FxDialogService(() -> stage));
            stage.setScene(DesktopApp.scene(model));
            stage.show();
            model.open();
        });
    }

    @AfterEach
    void stop() {
        if (model != null) {
            model.close();
        }
        network.close();
        tasks.shutdown();
    }

    @Test
    void aServerAskingForAPasswordOpensTheConnectDialogWithThePasswordToType(FxRobot robot) throws Exception {
        String login = TestPostgres.passwordLogin("ivan_" + ProcessHandle.current().pid() + "_"
                + LOGINS.incrementAndGet(), "ivans-secret");
        StoreLocation.Server asIvan = new StoreLocation.Server("127.0.0.1", store.port(), store.database(), login,
                store.parameters());

        startOn(robot, asIvan);

        FxWait.until(() -> robot.lookup("#serverPassword").tryQuery().isPresent());
        assertThat(robot.lookup("#serverUrl").queryAs(TextField.class).getText()).isEqualTo(asIvan.display());
        FxWait.until(() -> robot.lookup("#serverPassword").queryAs(PasswordField.class).isFocused());
        assertThat(text(robot, "#storeStatus")).doesNotContain("live").contains("not connected");
        assertThat(text(robot, "#shellStatus")).contains("asks for a password");
        assertThat(text(robot, "#serverProblem")).isEqualTo("The team server asks for the password of " + login
                + ": type it and connect.");
        assertThat(text(robot, "#profileButton")).isEqualTo("Not signed in");

        robot.clickOn("#serverPassword").write("ivans-secret");
        robot.clickOn("#serverKeepPassword");
        robot.type(KeyCode.ENTER); // the focus is on the check box: Return connects, it does not untick the box

        FxWait.until(() -> robot.lookup("#serverUrl").tryQuery().isEmpty());
        FxWait.until(() -> model.screenProperty().get() == ShellViewModel.Screen.QUEUE);
        assertThat(text(robot, "#storeStatus")).contains("live");
        // No credential store on this headless machine: said after connecting, not pretended.
        FxWait.until(() -> robot.lookup(".dialog-pane .content").tryQuery().isPresent());
        assertThat(text(robot, ".dialog-pane .content")).startsWith(
                "Could not keep the password: no credential store on this computer.");
    }

    @Test
    void aWrongPasswordIsSaidInWordsAndWrappedWhole(FxRobot robot) throws Exception {
        String login = TestPostgres.passwordLogin("olga_" + ProcessHandle.current().pid() + "_"
                + LOGINS.incrementAndGet(), "olgas-secret");
        StoreLocation.Server asOlga = new StoreLocation.Server("127.0.0.1", store.port(), store.database(), login,
                store.parameters());
        startOn(robot, asOlga);
        FxWait.until(() -> robot.lookup("#serverPassword").tryQuery().isPresent());
        FxWait.until(() -> robot.lookup("#serverPassword").queryAs(PasswordField.class).isFocused());

        robot.clickOn("#serverPassword").write("not-her-secret");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> text(robot, "#serverProblem").contains("refused"));
        String problem = text(robot, "#serverProblem");
        assertThat(problem).isEqualTo("The team store at " + asOlga.display() + " refused the login " + login
                + ": wrong password or unknown login. Check both and connect again.");
        assertThat(problem).doesNotContain("FATAL");
        Window dialog = robot.lookup("#serverProblem").query().getScene().getWindow();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> Elided.in(dialog.getScene().getRoot()))).isEmpty();
        assertThat(robot.lookup("#serverKeepPassword").queryAs(CheckBox.class).isSelected()).isFalse();
        FxWait.until(() -> robot.lookup("#serverPassword").queryAs(PasswordField.class).isFocused()); // to type again
    }

    @Test
    void aServerOutOfReachAtStartIsUsedByItselfOnceItAnswers(FxRobot robot) throws Exception {
        network.cut();
        startOn(robot, throughNetwork());

        FxWait.until(() -> robot.lookup("#startRetry").tryQuery().isPresent());
        assertThat(text(robot, "#shellStatus")).contains("cannot reach the team store")
                .as("opening writes nothing to begin with").doesNotContain("nothing was written");
        assertThat(text(robot, "#startHint")).contains("tries again every 5 seconds")
                .contains("File › Connect to team server…").contains("Use this computer only");
        assertThat(text(robot, "#storeStatus")).doesNotContain("live").contains("not connected");

        network.mend(); // and no click: the window tries again by itself
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> model.screenProperty().get() == ShellViewModel.Screen.QUEUE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#storeStatus")).contains("live");
    }

    private StoreLocation.Server throughNetwork() {
        return new StoreLocation.Server("127.0.0.1", network.port(), store.database(), store.user(),
                store.parameters());
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(5, TimeUnit.SECONDS);
    }
}
