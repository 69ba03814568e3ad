package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.SignIns;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.TestPostgres;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellViewModel;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On a team store the Team screen shows an admin each teammate's login and whether it can sign in, and lets them
 * remove one after saying what that does; a lead sees neither.
 */
@ExtendWith(ApplicationExtension.class)
class TeamLoginsOnServerWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static int runs;

    private final MutableClock clock = new MutableClock(NOW);
    private AppContext owner;
    private TaskRunner tasks;
    private ShellViewModel model;
    private StoreLocation.Server store;
    private Stage stage;
    private String adminLogin;
    private String anaLogin;
    private String leadLogin;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = TestPostgres.newStore();
        owner = AppContext.open(store, null, clock);
        owner.people().addTeam("North", ZoneId.of("UTC"), ResponsePolicy.standard());
        Rep ada = owner.people().addRep("Ada Admin", "ada@north.test", "North", Role.MANAGER, null);
        Rep ana = owner.people().addRep("Ana Lima", "ana@north.test", "North", Role.REP, null);
        Rep lea = owner.people().addRep("Lea Berg", "lea@north.test", "North", Role.LEAD, null);
        owner.people().addRep("Ben Okafor", "ben@north.test", "North", Role.REP, null);
        String suffix = "_tl" + (++runs) + "_" + ProcessHandle.current().pid();
        adminLogin = "ada" + suffix;
        anaLogin = "ana" + suffix;
        leadLogin = "lea" + suffix;
        owner.store().signIns().add(adminLogin, ada, "unused");
        owner.store().signIns().add(anaLogin, ana, "unused");
        owner.store().signIns().add(leadLogin, lea, "unused");
        TestPostgres.execute("GRANT promptly_admin TO " + adminLogin);
        tasks = TaskRunner.background();
    }

    @AfterEach
    void stop() {
        if (model != null) {
            model.close();
        }
        owner.close();
        tasks.shutdown();
    }

    private void signInAs(String login, FxRobot robot) throws Exception {
        robot.interact(() -> {
            model = new ShellViewModel(store.withUser(login), (where, password) -> AppContext.open(where, password,
                    clock), Settings.inMemory(), tasks, clock, new FxDialogService(() -> stage));
            stage.setScene(DesktopApp.scene(model));
            stage.show();
            model.open();
        });
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.SHORTCUT);
        FxWait.until(() -> robot.lookup("#teamMembers").tryQuery().isPresent()
                && robot.lookup("#teamMembers").queryTableView().getItems().size() == 4);
    }

    /** What the Login column shows for the person named {@code name}. */
    @SuppressWarnings("unchecked")
    private static String loginShown(FxRobot robot, String name) {
        TableView<Rep> table = robot.lookup("#teamMembers").queryTableView();
        TableColumn<Rep, String> column = (TableColumn<Rep, String>) table.getColumns().stream()
                .filter(c -> "Login".equals(c.getText())).findFirst().orElseThrow();
        Rep rep = table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        return column.getCellData(rep);
    }

    private static boolean shown(FxRobot robot, String query) {
        var found = robot.lookup(query).tryQuery();
        if (found.isEmpty() || found.get().getScene() == null) {
            return false;
        }
        for (Node node = found.get(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theOwnersLoginIsNoRepAndTheTopBarSaysWhoItActsAs(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model = new ShellViewModel(store, (where, password) -> AppContext.open(where, password, clock),
                    Settings.inMemory(), tasks, clock, new FxDialogService(() -> stage));
            stage.setScene(DesktopApp.scene(model));
            stage.show();
            model.open();
        });
        FxWait.until(() -> robot.lookup("#profiles").tryQuery().isPresent());

        robot.clickOn("Ben Okafor · rep");
        robot.clickOn("#chooseProfileButton");

        FxWait.until(() -> robot.lookup("#profileButton").queryButton().getText()
                .equals(store.user() + " (admin) · as Ben Okafor"));
        assertThat(robot.lookup("#profileButton").queryButton().getTooltip().getText())
                .contains("who is no rep: what you do here is recorded as done by Ben Okafor");
    }

    @Test
    void anAdminSeesEachTeammatesLoginAndRemovesOneAfterConfirming(FxRobot robot) throws Exception {
        signInAs(adminLogin, robot);
        FxWait.until(() -> loginShown(robot, "Ana Lima").startsWith(anaLogin));

        assertThat(robot.lookup("Login").tryQuery()).as("the column's heading").isPresent();
        assertThat(loginShown(robot, "Ana Lima")).isEqualTo(anaLogin + "\ncan sign in");
        assertThat(loginShown(robot, "Ben Okafor")).isEqualTo("no login");
        robot.clickOn("Ben Okafor");
        assertThat(robot.lookup("#removeLoginButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("Ana Lima");
        robot.clickOn("#removeLoginButton");
        assertThat(robot.lookup("#removeLoginQuestion").queryAs(Label.class).getText()).isEqualTo("Remove Ana Lima's "
                + "login " + anaLogin + "? They can no longer sign in; their history stays.");
        robot.clickOn("#keepLoginButton");
        assertThat(shown(robot, "#removeLoginConfirm")).isFalse();
        assertThat(owner.store().signIns().list()).extracting(SignIns.Login::login).contains(anaLogin);

        robot.clickOn("#removeLoginButton");
        robot.clickOn("#confirmRemoveLoginButton");
        FxWait.until(() -> robot.lookup("#teamMessage").queryAs(Label.class).getText().startsWith("Removed"));

        assertThat(robot.lookup("#teamMessage").queryAs(Label.class).getText()).isEqualTo("Removed the login "
                + anaLogin + " of Ana Lima; they can no longer sign in. Their history stays.");
        assertThat(owner.store().signIns().list()).extracting(SignIns.Login::login).doesNotContain(anaLogin);
        assertThat(TestPostgres.isMember(anaLogin, "promptly_rep")).isFalse();
        FxWait.until(() -> loginShown(robot, "Ana Lima").equals("no login"));
    }

    @Test
    void onALaptopAnAdminReadsEveryLoginWholeAndAddingATeammateKeepsTheTeamChosen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        signInAs(adminLogin, robot);
        FxWait.until(() -> loginShown(robot, "Ana Lima").startsWith(anaLogin));
        TableView<?> table = robot.lookup("#teamMembers").queryTableView();

        assertThat(onFx(() -> Elided.in(table))).isEmpty();

        robot.clickOn("#teammateName").write("Cleo Park");
        robot.clickOn("#teammateEmail").write("cleo@north.test");
        robot.clickOn("#addTeammateButton");
        FxWait.until(() -> robot.lookup("#teamMessage").queryAs(Label.class).getText().startsWith("Added"));
        FxWait.until(() -> robot.lookup("#teamMembers").queryTableView().getItems().size() == 5);

        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<dev.promptly.people.Team> chooser =
                robot.lookup("#teamChooser").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(chooser.getValue()).isNotNull();
        assertThat(chooser.getValue().name()).isEqualTo("North");
        assertThat(onFx(() -> Elided.in(chooser))).isEmpty();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void aLeadIsShownNoLoginsAndNoWayToRemoveThem(FxRobot robot) throws Exception {
        signInAs(leadLogin, robot);

        assertThat(robot.lookup("#teamMembers").queryTableView().getColumns())
                .filteredOn(c -> "Login".equals(c.getText())).allMatch(c -> !c.isVisible());
        assertThat(shown(robot, "#removeLoginButton")).isFalse();
        assertThat(model.team().logins()).isEmpty();
    }
}
