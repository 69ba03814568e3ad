package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.promptly.AppContext;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.queue.ItemRow;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as it starts when the store was opened, and the user's queue read, before the window was made: the
 * first frame shows the queue, its first row selected and that row's details.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path folder;

    private TaskRunner tasks;

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(NOW);
        AppContext context = AppContext.open(folder.resolve("first-" + System.nanoTime() + ".db"), clock);
        Team team = context.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        Rep anna = context.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        for (String customer : new String[] {"Carla Diaz", "Dan Berg"}) {
            context.items().add(new NewItem(ItemKind.CALLBACK, anna, Customer.named(customer), "Call back",
                    Priority.CUSTOMER, NOW.minus(Duration.ofHours(customer.length())), null, null, NewItem.MANUAL,
                    null));
        }
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, anna.email());
        tasks = TaskRunner.background();
        ShellViewModel model = new ShellViewModel(context.store().location(), file -> context, settings, tasks, clock,
                new FxDialogService(() -> stage));
        model.open(ShellViewModel.read(context, settings, clock));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void theFirstFrameShowsTheQueueWithTheFirstRowSelectedAndItsDetails(FxRobot robot) throws Exception {
        TableView<ItemRow> table = robot.lookup("#queueTable").queryTableView();
        assertThat(table.getItems()).extracting(ItemRow::customer).containsExactly("Carla Diaz", "Dan Berg");
        assertThat(table.getSelectionModel().getSelectedItem().customer()).isEqualTo("Carla Diaz");
        verifyThat("#detailCustomer", hasText("Carla Diaz"));
        assertThat(robot.lookup("#navQueue").queryAs(ToggleButton.class).isSelected()).isTrue();

        assertThat(robot.lookup("#mailSyncing").query().visibleProperty().isBound())
                .as("the mail-sync indicator follows the mailbox").isTrue();

        FxWait.until(() -> robot.lookup("#timeline").tryQuery().isPresent());
        ListView<?> history = robot.lookup("#timeline").queryListView();
        assertThat(history.getItems()).isNotEmpty();
    }
}
