package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.TestPostgres;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File > Connect to team server…: a malformed URL is refused in the dialog; a good one opens the team store. */
@ExtendWith(ApplicationExtension.class)
class ConnectWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(NOW);
    private final Settings settings = Settings.inMemory();
    private TaskRunner tasks;
    private ShellViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path file = folder.resolve("local-" + System.nanoTime() + ".db");
        AppContext local = AppContext.open(file, clock);
        Team team = local.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        local.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        local.close();
        settings.put(ShellViewModel.REP_KEY, "anna@x.example");
        tasks = TaskRunner.background();
        model = new ShellViewModel(new StoreLocation.File(file),
                (where, password) -> AppContext.open(where, password, clock), new StoreLocation.File(file), settings,
                tasks, clock,
                new FxDialogService(() -> stage));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    @AfterEach
    void stop() {
        model.close();
        tasks.shutdown();
    }

    @Test
    void refusesAMalformedUrlInTheDialogThenConnectsToAGoodOne(FxRobot robot) throws Exception {
        StoreLocation.Server team = TestPostgres.newStore();
        AppContext other = AppContext.open(team, null, clock);
        Team berlin = other.people().addTeam("Team Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        other.people().addRep("Anna Schmidt", "anna@x.example", berlin.name(), Role.REP, null);
        other.close();
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        assertThat(stage.getTitle()).startsWith("Promptly — this computer");

        robot.clickOn("File").clickOn("Connect to team server…");
        robot.clickOn("#serverUrl").write("postgresql://127.0.0.1:" + team.port() + "/");
        robot.clickOn("#serverConnect");
        verifyThat("#serverProblem", hasText("The store URL 'postgresql://127.0.0.1:" + team.port()
                + "/' names no database: write postgresql://HOST[:PORT]/DBNAME."));
        assertThat(model.location()).isInstanceOf(StoreLocation.File.class);

        TextField url = robot.lookup("#serverUrl").queryAs(TextField.class);
        robot.interact(() -> url.setText(team.display()));
        robot.clickOn("#serverConnect");

        FxWait.until(() -> robot.lookup("#serverUrl").tryQuery().isEmpty());
        FxWait.until(() -> stage.getTitle().equals("Promptly — team server 127.0.0.1:" + team.port() + "/"
                + team.database()));
        assertThat(settings.get(StoreChoice.KEY)).contains(team.display());
        // The test server's owner is an admin and no rep: the top bar says whom it acts as.
        FxWait.until(() -> robot.lookup("#profileButton").queryButton().getText()
                .equals(team.user() + " (admin) · as Anna Schmidt"));
        assertThat(robot.lookup("#storeStatus").queryLabeled().getText()).contains("live");

        robot.clickOn("File").clickOn("Use this computer only");
        FxWait.until(() -> stage.getTitle().startsWith("Promptly — this computer"));
        FxWait.until(() -> robot.lookup("#profileButton").queryButton().getText().equals("Anna Schmidt · Support Berlin"));
        assertThat(settings.get(StoreChoice.KEY)).isEmpty();
    }
}
