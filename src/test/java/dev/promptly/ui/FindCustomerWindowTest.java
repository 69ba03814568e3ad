package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.items.Item;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.find.FindRow;
import dev.promptly.ui.queue.ItemRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Anna takes a call for a customer whose open item is her colleague Ben's: Ctrl+K, what the caller says, and she
 * sees the item, who has it and when it is due.
 */
@ExtendWith(ApplicationExtension.class)
class FindCustomerWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    private AnnasWindow window;
    private Item tomsCall;

    @Start
    void start(Stage stage) {
        window = AnnasWindow.show(stage, folder, clock);
        AppContext seed = window.seed;
        Rep ben = seed.people().addRep("Ben Okafor", "ben@x.example", window.team.name(), Role.REP, null);
        seed.people().addTeam("Support Hamburg", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        Rep carl = seed.people().addRep("Carl Weber", "carl@x.example", "Support Hamburg", Role.REP, null);
        add(ben, new Customer(0, "Chia Santos", "Nordwind GmbH", "+49 30 5550 0024", "chia@nordwind.example", null),
                "Invoice question");
        add(window.anna, new Customer(0, "Uma Stein", null, null, null, null), "Refund");
        tomsCall = add(window.anna, new Customer(0, "Tom Baker", "Acme Ltd", "+49 40 1234 5678", "tom@acme.example",
                null), "Quote");
        add(carl, new Customer(0, "Olaf Berg", "Hafenbau AG", "040 5550 7777", null, null), "Crane rental");
    }

    private Item add(Rep owner, Customer customer, String subject) {
        Customer stored = window.seed.people().addCustomer(customer);
        return window.seed.items().add(new NewItem(ItemKind.CALLBACK, owner, stored, subject, Priority.CUSTOMER,
                MONDAY_NINE.minus(Duration.ofHours(1)), null, null, NewItem.MANUAL, null));
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private static void findCustomer(FxRobot robot, String typed) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#findText").tryQuery().map(Node::isFocused).orElse(false));
        robot.clickOn("#findText").write(typed);
    }

    private static void waitForResults(FxRobot robot) throws Exception {
        try {
            FxWait.until(() -> !results(robot).getItems().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no results; the panel says: " + status(robot) + "; typed: "
                    + robot.lookup("#findText").queryAs(TextField.class).getText(), e);
        }
    }

    private static ListView<FindRow> results(FxRobot robot) {
        return robot.lookup("#findResults").queryListView();
    }

    private static List<String> lines(FxRobot robot) {
        return results(robot).getItems().stream().map(FindRow::text).toList();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#findStatus").queryAs(Label.class).getText();
    }

    @Test
    void aPhonesDigitsFindTheCustomerAndTheColleaguesOpenItem(FxRobot robot) throws Exception {
        findCustomer(robot, "5550 0024");

        waitForResults(robot);
        assertThat(lines(robot)).hasSize(2);
        assertThat(lines(robot).get(0)).isEqualTo("Chia Santos · Nordwind GmbH · +49 30 5550 0024 · chia@nordwind.example");
        assertThat(lines(robot).get(1)).isEqualTo("Callback “Invoice question” · Ben Okafor · in 23 h");
        assertThat(status(robot)).isEqualTo("1 customer.");
    }

    @Test
    void aCompanyFindsTheCustomerAndEscapeClearsTheSearch(FxRobot robot) throws Exception {
        findCustomer(robot, "nordwind");
        waitForResults(robot);
        assertThat(lines(robot).get(1)).contains("Invoice question", "Ben Okafor");

        robot.type(KeyCode.ESCAPE);

        FxWait.until(() -> results(robot).getItems().isEmpty());
        assertThat(robot.lookup("#findText").queryAs(TextField.class).getText()).isEmpty();
        assertThat(status(robot)).isEqualTo("Type a name, company, email or phone number.");
        assertThat(robot.lookup("#findText").tryQuery()).as("the panel stays open").isPresent();
    }

    @Test
    void downMovesIntoTheResultsAndReturnShowsAColleaguesItemReadOnly(FxRobot robot) throws Exception {
        findCustomer(robot, "Chia");
        waitForResults(robot);

        robot.type(KeyCode.DOWN);

        assertThat(results(robot).isFocused()).isTrue();
        assertThat(results(robot).getSelectionModel().getSelectedItem().text()).contains("Invoice question");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> !robot.lookup("#findHistory").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#findChosen").queryAs(Label.class).getText())
                .startsWith("Callback “Invoice question” for Chia Santos, Ben Okafor's:");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Elided.in(robot.lookup("#findChosen").query())).get())
                .as("what you may do about it, read whole").isEmpty();
        assertThat(robot.lookup("#findHistory").queryListView().getItems())
                .containsExactly("Mon 23 Nov 08:00  Call came in");

        assertThat(results(robot).isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#findResults").tryQuery().isEmpty());
    }

    @Test
    void returnOnOnesOwnItemOpensItInTheQueue(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.type(KeyCode.F5); // the items were added behind the window's back
        TableView<ItemRow> queue = robot.lookup("#queueTable").queryTableView();
        FxWait.until(() -> queue.getItems().size() == 2);
        robot.interact(() -> queue.getSelectionModel().select(queue.getItems().stream()
                .filter(row -> row.id() != tomsCall.id()).findFirst().orElseThrow()));
        findCustomer(robot, "acme");
        waitForResults(robot);
        // An answer to "acm" may come first under load; wait for the line itself.
        FxWait.until(() -> lines(robot).size() > 1
                && lines(robot).get(1).equals("Callback “Quote” · yours · in 23 h"));

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        FxWait.until(() -> robot.lookup("#findText").tryQuery().isEmpty());
        assertThat(queue.getSelectionModel().getSelectedItem().id()).isEqualTo(tomsCall.id());
    }

    @Test
    void anotherTeamsCustomerIsNotFoundAndTheQueuesSearchLeadsHere(FxRobot robot) throws Exception {
        findCustomer(robot, "Hafenbau");
        FxWait.until(() -> status(robot).equals("No customer of your team matches “Hafenbau”."));
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#findText").tryQuery().isEmpty());

        robot.clickOn("#search").write("santos");
        robot.clickOn("#findEverywhere");

        FxWait.until(() -> robot.lookup("#findResults").tryQuery().isPresent() && !results(robot).getItems().isEmpty());
        assertThat(robot.lookup("#findText").queryAs(TextField.class).getText()).isEqualTo("santos");
        assertThat(lines(robot).get(0)).startsWith("Chia Santos");
    }
}
