package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.common.LocalDates;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.ui.queue.ItemRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * Dates in "Tell the customer it will take longer" are typed the user's way: a German desktop reads 31.12.2026, an
 * American one 12/31/2026; what cannot be read says how to type it; the time offered is one that can be promised.
 */
@ExtendWith(ApplicationExtension.class)
class DateInputWindowTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(MONDAY_NINE);
    /** What reaches the JavaFX thread's uncaught-exception handler: a stack trace on the console for the user. */
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private AnnasWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.close();
        }
    }

    private Item openOn(FxRobot robot, Locale locale) throws Exception {
        robot.interact(() -> window = AnnasWindow.show(stage, folder, clock, new LocalDates(locale)));
        AppContext seed = window.seed;
        Item item = seed.items().add(new NewItem(ItemKind.EMAIL, window.anna, Customer.named("Dan Brown"),
                "About the invoice", Priority.CUSTOMER, MONDAY_NINE.minus(Duration.ofHours(2)), null, null,
                NewItem.MANUAL, null));
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.type(KeyCode.F5);
        FxWait.until(() -> table(robot).getItems().size() == 1);
        robot.clickOn("Dan Brown");
        return item;
    }

    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    /** Ctrl+T, then the date typed over what is offered, the time, and a note. */
    private void tellCustomer(FxRobot robot, String date, String time) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.T);
        FxWait.until(() -> robot.lookup("#delayTime").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#delayTime").query().getScene().getWindow());
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        robot.push(KeyCode.CONTROL, KeyCode.A).write(date);
        robot.type(KeyCode.TAB);
        robot.push(KeyCode.CONTROL, KeyCode.A).write(time);
        robot.type(KeyCode.TAB).write("Refund by the end of the year");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    }

    private Instant promisedUntil(Item item) {
        return window.seed.items().item(item.id()).progress().promisedUntil();
    }

    @Test
    void aGermanDesktopReads31_12_2026AndStoresThatDayInTheTeamsZone(FxRobot robot) throws Exception {
        Item item = openOn(robot, Locale.GERMANY);

        tellCustomer(robot, "31.12.2026", "16:30");

        FxWait.until(() -> promisedUntil(item) != null);
        assertThat(promisedUntil(item)).isEqualTo(Instant.parse("2026-12-31T15:30:00Z"));
        // The details follow once the queue has loaded again, in the background.
        FxWait.until(() -> robot.lookup("#detailDue").queryAs(Label.class).getText().contains("Thu 31 Dec 16:30"));
        assertThat(uncaught).isEmpty();
    }

    @Test
    void anAmericanDesktopReads12_31_2026(FxRobot robot) throws Exception {
        Item item = openOn(robot, Locale.US);

        tellCustomer(robot, "12/31/2026", "4:30 pm");

        FxWait.until(() -> promisedUntil(item) != null);
        assertThat(promisedUntil(item)).isEqualTo(Instant.parse("2026-12-31T15:30:00Z"));
        assertThat(uncaught).isEmpty();
    }

    @Test
    void theDateIsOfferedInTheLocalForm(FxRobot robot) throws Exception {
        openOn(robot, Locale.GERMANY);

        robot.push(KeyCode.CONTROL, KeyCode.T);
        FxWait.until(() -> robot.lookup("#delayDate").tryQuery().isPresent());

        DatePicker date = robot.lookup("#delayDate").queryAs(DatePicker.class);
        assertThat(date.getEditor().getText()).isEqualTo("25.11.2026");
        assertThat(date.getPromptText()).isEqualTo("31.12.2026");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aDateThatCannotBeReadSaysHowToTypeOneAndKeepsTheDialogOpen(FxRobot robot) throws Exception {
        Item item = openOn(robot, Locale.GERMANY);

        tellCustomer(robot, "12/31/2026", "16:30");

        FxWait.until(() -> !robot.lookup("#delayDateError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#delayDateError").queryAs(Label.class).getText())
                .isEqualTo("Type a date like 31.12.2026.");
        assertThat(robot.lookup("#delayDate").queryAs(DatePicker.class).getEditor().getText())
                .as("what was typed stays, to be corrected").isEqualTo("12/31/2026");
        assertThat(promisedUntil(item)).isNull();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).as("nothing on the console").isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aTimeThatCannotBeReadIsToldUnderTheTimeFieldNotUnderTheDate(FxRobot robot) throws Exception {
        openOn(robot, Locale.UK);
        robot.push(KeyCode.CONTROL, KeyCode.T);
        FxWait.until(() -> robot.lookup("#delayTime").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#delayTime").query().getScene().getWindow());

        robot.clickOn("#delayTime").push(KeyCode.CONTROL, KeyCode.A).write("13/45/2026");

        Label timeError = robot.lookup("#delayTimeError").queryAs(Label.class);
        FxWait.until(() -> !timeError.getText().isEmpty());
        assertThat(timeError.getText()).containsIgnoringCase("time");
        assertThat(robot.lookup("#delayDateError").queryAs(Label.class).getText()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        Bounds time = robot.lookup("#delayTime").query().localToScene(
                robot.lookup("#delayTime").query().getBoundsInLocal());
        Bounds error = timeError.localToScene(timeError.getBoundsInLocal());
        Bounds note = robot.lookup("#delayNote").query().localToScene(
                robot.lookup("#delayNote").query().getBoundsInLocal());
        assertThat(error.getMinY()).as("the error is below the time field").isGreaterThanOrEqualTo(time.getMaxY());
        assertThat(error.getMaxY()).as("and above the note").isLessThanOrEqualTo(note.getMinY());
        assertThat(error.getMinX()).as("in the fields' column").isGreaterThanOrEqualTo(time.getMinX() - 1);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void onALateItemTheOfferedTimeIsInTheFutureReturnSavesItAndTheDialogWarnsBeforehand(FxRobot robot)
            throws Exception {
        Item item = openOn(robot, Locale.GERMANY);
        // Friday morning: the email was due on Tuesday.
        clock.advance(Duration.ofDays(4).plusHours(1));
        robot.type(KeyCode.F5);

        robot.push(KeyCode.CONTROL, KeyCode.T);
        FxWait.until(() -> robot.lookup("#delayTime").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#delayTime").query().getScene().getWindow());
        assertThat(robot.lookup("#delayLateWarning").queryAs(Label.class).getText())
                .contains("stays overdue");
        assertThat(robot.lookup("#delayLateWarning").queryAs(Label.class).isVisible()).isTrue();
        robot.type(KeyCode.TAB).write("Sorry for the wait");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> window.seed.items().history(item.id(), clock.instant()).stream()
                .anyMatch(e -> e.type() == EventType.DELAY));
        ItemEvent notice = window.seed.items().history(item.id(), clock.instant()).stream()
                .filter(e -> e.type() == EventType.DELAY).findFirst().orElseThrow();
        // Saturday 28 November, 17:00 in Berlin.
        assertThat(notice.promisedUntil()).isEqualTo(Instant.parse("2026-11-28T16:00:00Z"));
        assertThat(robot.lookup("#delayTime").tryQuery()).as("the dialog closed").isEmpty();
    }

    @Test
    void onAnItemStillInTimeNoWarningShows(FxRobot robot) throws Exception {
        openOn(robot, Locale.GERMANY);

        robot.push(KeyCode.CONTROL, KeyCode.T);
        FxWait.until(() -> robot.lookup("#delayLateWarning").tryQuery().isPresent());

        assertThat(robot.lookup("#delayLateWarning").queryAs(Label.class).isVisible()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aGermanDesktopReads31_12_2026InANewItem(FxRobot robot) throws Exception {
        openOn(robot, Locale.GERMANY);

        robot.push(KeyCode.CONTROL, KeyCode.N);
        FxWait.until(() -> robot.lookup("#newCustomer").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#newCustomer").query().getScene().getWindow());
        robot.write("Carla Diaz");
        robot.clickOn("#newDueDate").write("31.12.2026");
        robot.clickOn("#newDueTime").write("16:30");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> table(robot).getItems().size() == 2);
        Instant requested = window.seed.items().queue(java.util.Set.of(window.anna.id()), clock.instant()).stream()
                .filter(v -> v.customer() != null && v.customer().name().equals("Carla Diaz"))
                .map(v -> v.item().requestedAt()).findFirst().orElseThrow();
        assertThat(requested).isEqualTo(Instant.parse("2026-12-31T15:30:00Z"));
        assertThat(uncaught).isEmpty();
    }
}
