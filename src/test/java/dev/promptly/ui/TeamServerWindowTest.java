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
import dev.promptly.testing.CuttableProxy;
import dev.promptly.testing.TestPostgres;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.queue.ItemRow;
import dev.promptly.ui.shell.ShellViewModel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team store: what another desktop changes shows without a click, and while the server is out of
 * reach a banner says so, the last loaded queue stays, and it all comes back by itself.
 */
@ExtendWith(ApplicationExtension.class)
class TeamServerWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private StoreLocation.Server store;
    private CuttableProxy network;
    private AppContext otherDesktop;
    private Rep anna;
    private TaskRunner tasks;
    private ShellViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = TestPostgres.newStore();
        otherDesktop = AppContext.open(store, null, clock);
        Team team = otherDesktop.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"),
                ResponsePolicy.standard());
        anna = otherDesktop.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        otherDesktop.people().addRep("Ben Okafor", "ben@x.example", team.name(), Role.LEAD, null);
        add("Carla Diaz");
        // This desktop reaches the server through a network the test can cut.
        network = new CuttableProxy(store.port());
        StoreLocation.Server throughNetwork = new StoreLocation.Server("127.0.0.1", network.port(), store.database(),
                store.user(), store.parameters());
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, anna.email());
        tasks = TaskRunner.background();
        model = new ShellViewModel(throughNetwork, (where, password) -> AppContext.open(where, password, clock),
                settings, tasks, clock, new FxDialogService(() -> stage));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    @AfterEach
    void stop() {
        model.close();
        otherDesktop.close();
        network.close();
        tasks.shutdown();
    }

    @Test
    void aChangeOnAnotherDesktopShowsInTheQueueWithoutAClick(FxRobot robot) throws Exception {
        FxWait.until(() -> rows(robot) == 1);
        assertThat(stage.getTitle()).isEqualTo("Promptly — team server 127.0.0.1:" + network.port() + "/"
                + store.database());
        assertThat(label(robot, "#storeStatus")).contains("live");

        add("Dan Brown");

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> rows(robot) == 2);
    }

    @Test
    void aChangeOnAnotherDesktopShowsOnTheBoardWithoutAClick(FxRobot robot) throws Exception {
        FxWait.until(() -> rows(robot) == 1);
        robot.clickOn("#navBoard");
        FxWait.until(() -> openOfAnna() == 1);

        add("Dan Brown");
        add("Erin Fox");

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> openOfAnna() == 3);
    }

    private int openOfAnna() {
        var board = model.board().boardProperty().get();
        return board == null ? -1 : board.reps().stream().filter(r -> r.rep().id() == anna.id())
                .mapToInt(dev.promptly.board.RepRow::open).findFirst().orElse(-1);
    }

    @Test
    void aBannerWhileTheServerIsOutOfReachThenTheQueueComesBackCurrent(FxRobot robot) throws Exception {
        FxWait.until(() -> rows(robot) == 1);

        network.cut();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#outageBanner").query().isVisible());
        assertThat(label(robot, "#outageBanner")).isEqualTo("Cannot reach the team server at 127.0.0.1:"
                + network.port() + " — showing what was last loaded; reconnecting…");
        assertThat(rows(robot)).isEqualTo(1); // what was loaded stays
        robot.clickOn("Carla Diaz");
        // Every change looks as it is: disabled, the row's actions and adding an item alike.
        for (String button : new String[] {"#attemptButton", "#completeButton", "#noteButton", "#editButton",
                "#newItemButton"}) {
            assertThat(robot.lookup(button).query().isDisabled()).as(button).isTrue();
        }
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.CONTROL); // the New item shortcut is refused in words, not tried
        FxWait.until(() -> robot.lookup(".dialog-pane .content").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).startsWith(
                "Cannot reach the team server at 127.0.0.1:" + network.port() + ", so nothing was changed.");
        robot.clickOn("OK");
        assertThat(label(robot, "#message")).startsWith("Cannot reach the team server");
        add("Dan Brown"); // meanwhile, on a desktop that can reach the server

        network.mend();
        FxWait.until(() -> !robot.lookup("#outageBanner").query().isVisible());
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> rows(robot) == 2);
        assertThat(label(robot, "#storeStatus")).contains("live");
        assertThat(label(robot, "#message")).isEmpty(); // the refusal no longer holds
        assertThat(robot.lookup("#noteButton").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#newItemButton").query().isDisabled()).isFalse();
    }

    private void add(String customer) {
        otherDesktop.items().add(new NewItem(ItemKind.CALLBACK, anna, Customer.named(customer), "About the invoice",
                Priority.CUSTOMER, MONDAY_NINE.minus(Duration.ofHours(1)), null, null, NewItem.MANUAL, null));
    }

    private static int rows(FxRobot robot) {
        return robot.lookup("#queueTable").tryQuery().map(node -> ((TableView<?>) node).getItems().size())
                .orElse(-1);
    }

    private static String label(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return ((Label) node).getText();
    }
}
