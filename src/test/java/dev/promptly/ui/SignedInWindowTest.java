package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.TestPostgres;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellViewModel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On a team store the desktop is whoever signed in: their queue opens without "Who are you?", the top bar names them
 * and their role, the profile cannot be switched, and the settings' remembered person does not matter.
 */
@ExtendWith(ApplicationExtension.class)
class SignedInWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");
    private static int logins;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private AppContext admin;
    private TaskRunner tasks;
    private ShellViewModel model;
    private StoreLocation.Server store;
    private Stage stage;
    private Settings settings;
    private String leadLogin;

    @Start
    void start(Stage stage) {
        StoreLocation.Server store = TestPostgres.newStore();
        admin = AppContext.open(store, null, clock);
        Team team = admin.people().addTeam("North", ZoneId.of("UTC"), ResponsePolicy.standard());
        Rep ana = admin.people().addRep("Ana Lima", "ana@north.test", team.name(), Role.REP, null);
        Rep ben = admin.people().addRep("Ben Okafor", "ben@north.test", team.name(), Role.LEAD, null);
        String login = "ana_window_" + (++logins) + "_" + ProcessHandle.current().pid();
        admin.store().signIns().add(login, ana, "unused");
        admin.people().addTeam("South", ZoneId.of("UTC"), ResponsePolicy.standard());
        admin.people().addRep("Sam Reed", "sam@south.test", "South", Role.REP, null);
        leadLogin = "ben_window_" + logins + "_" + ProcessHandle.current().pid();
        admin.store().signIns().add(leadLogin, ben, "unused");
        this.store = store;
        this.stage = stage;
        this.settings = settings;
        add(ana, "Carla Diaz");
        admin.items().add(new NewItem(ItemKind.CALLBACK, ana, Customer.named("Eve Adams"), "Call Eve Adams",
                Priority.CUSTOMER, MONDAY_NINE.minusSeconds(30 * 3600), null, null, NewItem.MANUAL, null)); // overdue
        add(ben, "Dan Brown");
        settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, ben.email()); // chosen on this computer before: signing in wins
        tasks = TaskRunner.background();
        model = new ShellViewModel(store.withUser(login), (where, password) -> AppContext.open(where, password,
                clock), settings, tasks, clock, new FxDialogService(() -> stage));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    private void add(Rep owner, String customer) {
        admin.items().add(new NewItem(ItemKind.CALLBACK, owner, Customer.named(customer), "Call " + customer,
                Priority.CUSTOMER, MONDAY_NINE.minusSeconds(3600), null, null, NewItem.MANUAL, null));
    }

    @AfterEach
    void stop() {
        model.close();
        admin.close();
        tasks.shutdown();
    }

    @Test
    void theSignedInRepsQueueOpensAndTheProfileCannotBeSwitched(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == 2).orElse(false));
        Button who = robot.lookup("#profileButton").queryButton();
        assertThat(who.getText()).isEqualTo("Ana Lima · North · rep");
        assertThat(who.getTooltip().getText()).contains("Signed in to the team server as ana_window_");

        robot.clickOn("#profileButton");

        assertThat(model.screenProperty().get()).isEqualTo(ShellViewModel.Screen.QUEUE);
        assertThat(robot.lookup("#profiles").tryQuery()).isEmpty();
    }

    @Test
    void aSignedInLeadSeesTheirOwnTeamsBoardOnlyAndMayReassign(FxRobot robot) throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        List<List<dev.promptly.board.Colleague>> offered = new java.util.concurrent.CopyOnWriteArrayList<>();
        dialogs.escalation = colleagues -> {
            offered.add(colleagues);
            return null;
        };
        javafx.application.Platform.runLater(() -> {
            model.close();
            model = new ShellViewModel(store.withUser(leadLogin), (where, password) -> AppContext.open(where,
                    password, clock), settings, tasks, clock, dialogs);
            stage.setScene(DesktopApp.scene(model));
            model.open();
        });
        FxWait.until(() -> robot.lookup("#profileButton").tryQuery()
                .map(b -> ((Button) b).getText().equals("Ben Okafor · North · lead")).orElse(false));
        robot.clickOn("#navBoard");
        FxWait.until(() -> robot.lookup("#boardTeam").tryQuery().isPresent()
                && model.board().boardProperty().get() != null);

        assertThat(robot.lookup("#boardTeam").query().isDisabled()).as("no other team to choose").isTrue();
        assertThat(model.board().canReassignProperty().get()).isTrue();

        robot.clickOn("Ana Lima");
        FxWait.until(() -> robot.lookup("Eve Adams").tryQuery().isPresent());
        robot.clickOn("Eve Adams");
        robot.clickOn("#reassignButton");
        FxWait.until(() -> !offered.isEmpty());
        assertThat(offered.get(0)).extracting(c -> c.rep().name()).as("a lead reassigns within the team only")
                .containsExactly("Ben Okafor");
    }
}
