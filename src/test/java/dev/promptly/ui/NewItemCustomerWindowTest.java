package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.items.ItemView;
import dev.promptly.people.Customer;
import dev.promptly.ui.queue.ItemRow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/**
 * New item (Ctrl+N): the customer field offers the customers already known, so a typed name does not make a second
 * "Chia Santos"; a new customer gets a phone and company right there; a callback can be back-dated, never ahead.
 */
@ExtendWith(ApplicationExtension.class)
class NewItemCustomerWindowTest {

    /** Monday 23 November 2026, 09:00 in Berlin. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private AnnasWindow window;
    private AppContext seed;
    private Customer chia;

    @Start
    void start(Stage stage) {
        window = AnnasWindow.show(stage, folder, clock);
        seed = window.seed;
        chia = seed.people().addCustomer(new Customer(0, "Chia Santos", "Nordwind GmbH", "+49 30 5550 0024",
                "chia@nordwind.example", null));
        seed.people().addCustomer(new Customer(0, "Tom Baker", "Acme Ltd", "+49 40 1234 5678", null, null));
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private static void newItemFor(FxRobot robot, String typed) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        FxWait.until(() -> robot.lookup("#newCustomer").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#newCustomer").query().getScene().getWindow());
        robot.write(typed);
    }

    private static TableView<ItemRow> queue(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private List<ItemView> annasItems() {
        return seed.items().queue(Set.of(window.anna.id()), clock.instant());
    }

    @Test
    void anExistingCustomerIsOfferedAndChosenWithTheKeyboard(FxRobot robot) throws Exception {
        newItemFor(robot, "5550 00");
        ListView<Customer> suggestions = robot.lookup("#customerSuggestions").queryListView();
        FxWait.until(() -> suggestions.getItems().size() == 1);
        // What the rep reads in the list, once drawn.
        FxWait.until(() -> robot.from(suggestions).lookup(".list-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().anyMatch(cell -> "Chia Santos · Nordwind GmbH\n+49 30 5550 0024"
                        .equals(cell.getText())));

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(robot.lookup("#newCustomer").queryAs(TextField.class).getText()).isEqualTo("Chia Santos");
        assertThat(robot.lookup("#chosenCustomer").queryAs(Label.class).getText())
                .startsWith("Existing customer: Chia Santos · Nordwind GmbH");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> queue(robot).getItems().size() == 1);
        assertThat(annasItems()).singleElement().satisfies(v -> assertThat(v.customer().id()).isEqualTo(chia.id()));
        assertThat(seed.people().customers()).extracting(Customer::name).containsExactly("Chia Santos", "Tom Baker");
    }

    @Test
    void aNewCustomerIsGivenAPhoneAndACompanyRightThere(FxRobot robot) throws Exception {
        newItemFor(robot, "Dora Neu");
        // No one known by that name: no list to pick from, and the line under the name does not speak of one.
        FxWait.until(() -> !robot.lookup("#chosenCustomer").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#customerSuggestions").queryListView().isVisible()).isFalse();
        assertThat(robot.lookup("#chosenCustomer").queryAs(Label.class).getText()).isEqualTo("A new customer");
        robot.clickOn("#newCompany").write("Elbe AG");
        robot.clickOn("#newPhone").write("+49 40 1111 2222");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> queue(robot).getItems().size() == 1);
        assertThat(seed.people().customers()).filteredOn(c -> c.name().equals("Dora Neu")).singleElement()
                .satisfies(c -> {
                    assertThat(c.company()).isEqualTo("Elbe AG");
                    assertThat(c.phone()).isEqualTo("+49 40 1111 2222");
                });
    }

    @Test
    void aCallbackFromYesterdaysVoicemailIsStoredWithThatReceivedTime(FxRobot robot) throws Exception {
        newItemFor(robot, "Carla Diaz");
        LocalDate sunday = LocalDate.of(2026, 11, 22);
        DatePicker date = robot.lookup("#newReceivedDate").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).write(date.getConverter().toString(sunday));
        robot.clickOn("#newReceivedTime").write("18:30");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> queue(robot).getItems().size() == 1);
        assertThat(annasItems()).singleElement().satisfies(v -> assertThat(v.item().receivedAt())
                .isEqualTo(sunday.atTime(18, 30).atZone(BERLIN).toInstant()));
    }

    @Test
    void aCallbackCannotBeDatedAhead(FxRobot robot) throws Exception {
        newItemFor(robot, "Carla Diaz");
        DatePicker date = robot.lookup("#newReceivedDate").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).write(date.getConverter().toString(LocalDate.of(2026, 11, 23)));
        robot.clickOn("#newReceivedTime").write("10:15");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> !robot.lookup("#receivedError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#receivedError").queryAs(Label.class).getText())
                .isEqualTo("That is still to come (it is Mon 23 Nov 09:00 now); an item can only be back-dated.");
        assertThat(robot.lookup("#newCustomer").tryQuery()).as("the dialog stays open").isPresent();
        assertThat(annasItems()).isEmpty();
    }
}
