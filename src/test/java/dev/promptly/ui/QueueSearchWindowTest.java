package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.promptly.AppContext;
import dev.promptly.items.Item;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.ui.queue.ItemRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** A rep with a customer on the phone finds them in the queue by typing what the caller tells them. */
@ExtendWith(ApplicationExtension.class)
class QueueSearchWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private AnnasWindow window;
    private AppContext seed;
    private Rep anna;

    @Start
    void start(Stage stage) {
        window = AnnasWindow.show(stage, folder, clock);
        seed = window.seed;
        anna = window.anna;
    }

    @AfterEach
    void stop() {
        window.close();
    }

    /** Carla of Nordwind (+49 30 5550 0024) and Tom of Acme (+49 40 1234 5678) each wait for a callback. */
    private Item seedTwoCustomers(FxRobot robot) throws Exception {
        Item carla = seedItem("Carla Diaz", "Nordwind GmbH", "+49 30 5550 0024", "carla@nordwind.example");
        seedItem("Tom Baker", "Acme Ltd", "+49 40 1234 5678", "tom@acme.example");
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.type(KeyCode.F5);
        FxWait.until(() -> table(robot).getItems().size() == 2);
        return carla;
    }

    private Item seedItem(String name, String company, String phone, String email) {
        Customer customer = seed.people().addCustomer(new Customer(0, name, company, phone, email, null));
        return seed.items().add(new NewItem(ItemKind.CALLBACK, anna, customer, "Call back", Priority.CUSTOMER,
                MONDAY_NINE.minus(Duration.ofHours(1)), null, null, NewItem.MANUAL, null));
    }

    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private static void search(FxRobot robot, String typed) {
        robot.clickOn("#search").write(typed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String shownCustomers(FxRobot robot) {
        return String.join(", ", table(robot).getItems().stream().map(ItemRow::customer).toList());
    }

    @Test
    void typingTheDigitsOfACustomersPhoneFindsTheirItem(FxRobot robot) throws Exception {
        seedTwoCustomers(robot);

        search(robot, "030 5550 0024");
        FxWait.until(() -> table(robot).getItems().size() == 1);
        assertThat(shownCustomers(robot)).isEqualTo("Carla Diaz");

        robot.type(KeyCode.ESCAPE);
        search(robot, "55500024");
        FxWait.until(() -> table(robot).getItems().size() == 1);
        assertThat(shownCustomers(robot)).isEqualTo("Carla Diaz");
    }

    @Test
    void typingTheCompanyFindsTheItem(FxRobot robot) throws Exception {
        seedTwoCustomers(robot);

        search(robot, "acme");

        FxWait.until(() -> table(robot).getItems().size() == 1);
        assertThat(shownCustomers(robot)).isEqualTo("Tom Baker");
    }

    @Test
    void aSearchWithoutMatchSaysSoAndClearSearchBringsTheRowsBack(FxRobot robot) throws Exception {
        seedTwoCustomers(robot);

        search(robot, "Zoe Quinn");

        FxWait.until(() -> table(robot).getItems().isEmpty());
        verifyThat("#placeholderText", hasText("No items match"));
        assertThat(robot.lookup("Nothing here. Inbox zero.").tryQuery()).isEmpty();
        robot.clickOn("#clearSearch");
        FxWait.until(() -> table(robot).getItems().size() == 2);
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aMatchOnlyInDoneSaysHowManyMoreAreThere(FxRobot robot) throws Exception {
        Item carla = seedTwoCustomers(robot);
        seed.items().apply(carla.id(), carla.version(), new ItemAction.Complete(MONDAY_NINE), anna.id());
        robot.type(KeyCode.F5);
        FxWait.until(() -> table(robot).getItems().size() == 1);

        search(robot, "carla");

        FxWait.until(() -> table(robot).getItems().isEmpty());
        verifyThat("#hiddenMatches", hasText("1 more in Done today"));
        verifyThat("#placeholderHidden", hasText("1 more in Done today"));
    }

    @Test
    void escapeInTheSearchBoxClearsIt(FxRobot robot) throws Exception {
        seedTwoCustomers(robot);
        search(robot, "tom");
        FxWait.until(() -> table(robot).getItems().size() == 1);

        robot.type(KeyCode.ESCAPE);

        FxWait.until(() -> table(robot).getItems().size() == 2);
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEmpty();
    }
}
