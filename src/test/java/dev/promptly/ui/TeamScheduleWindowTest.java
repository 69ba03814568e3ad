package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.common.LocalDates;
import dev.promptly.people.Role;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.sla.ScheduleFormat;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
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
 * A lead on the Team screen sets the team's open hours in a form rather than JSON: weekdays, hours, holidays, dates
 * with hours of their own and the zone found by its city, saved and there again when the window is opened anew; a
 * mistake is said beside the hours and nothing is saved.
 * F5 shows what changed behind the window's back.
 */
@ExtendWith(ApplicationExtension.class)
class TeamScheduleWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-25T11:00:00Z");
    private static final List<String> WORKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri");

    @TempDir
    static Path folder;

    private Stage stage;
    private TaskRunner tasks;
    private AppContext seed;
    private Path store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (seed != null) {
            seed.close();
        }
    }

    /** A store with the team North, led by Lea, who opens the window (again, when the store exists). */
    private void open() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        if (store == null) {
            store = folder.resolve("team-hours-" + System.nanoTime() + ".db");
            seed = AppContext.open(store, clock);
            seed.people().addTeam("North", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
            seed.people().addRep("Lea Berg", "lea@x.example", "North", Role.LEAD, "203");
            seed.people().addRep("Ana Lima", "ana@x.example", "North", Role.REP, "201");
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, "lea@x.example");
        tasks = TaskRunner.background();
        ShellViewModel model = new ShellViewModel(new StoreLocation.File(store), file -> AppContext.open(file, clock),
                settings, tasks, clock, new FxDialogService(() -> stage));
        Platform.runLater(() -> {
            stage.setScene(DesktopApp.scene(model));
            stage.show();
            model.open();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void teamScreen(FxRobot robot, int people) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.SHORTCUT);
        FxWait.until(() -> robot.lookup("#teamMembers").tryQuery().isPresent()
                && robot.lookup("#teamMembers").queryTableView().getItems().size() == people);
    }

    /** Scrolls the forms so that the node shows, as a person scrolls to it. */
    private static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#teamForms").query();
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double viewport = scroll.getViewportBounds().getHeight();
            double spare = content.getBoundsInLocal().getHeight() - viewport;
            scroll.setVvalue(spare <= 0 ? 0 : Math.min(1, Math.max(0, at.getMinY() - viewport / 3) / spare));
        });
    }

    private static void click(FxRobot robot, String query) {
        reveal(robot, query);
        robot.clickOn(query);
    }

    /** Clicks into a field, selects what it holds and types over it. */
    private static void retype(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        robot.write(text);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private static boolean ticked(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(CheckBox.class).isSelected();
    }

    private static void businessClock(FxRobot robot) {
        click(robot, "#policyClock");
        robot.clickOn("business (open hours only)");
    }

    @Test
    void aLeadSetsMondayToFridayNineToFiveAndAHolidayWhichAreThereWhenTheWindowOpensAgain(FxRobot robot)
            throws Exception {
        open();
        teamScreen(robot, 2);
        assertThat(robot.lookup("#scheduleEditor").query().isDisabled()).as("calendar clock: hours unused").isTrue();

        businessClock(robot);
        retype(robot, "#policyTarget", "8h");
        for (String day : WORKDAYS) {
            click(robot, "#schedule" + day + "Open");
        }
        retype(robot, "#scheduleMonFrom0", "9:00");
        retype(robot, "#scheduleMonTo0", "17:00");
        click(robot, "#holidayDate");
        robot.write("2026-12-24").type(KeyCode.ENTER); // Return adds it, as the button does
        assertThat(robot.lookup("#holidayDate").queryAs(DatePicker.class).getEditor().getText())
                .as("ready for the next holiday").isEmpty();
        click(robot, "#savePolicyButton");
        FxWait.until(() -> text(robot, "#teamMessage").startsWith("Saved the policy of North"));

        var policy = seed.people().team("North").policy();
        assertThat(policy.clock()).isEqualTo(ClockKind.BUSINESS);
        assertThat(ScheduleFormat.write(policy.schedule())).isEqualTo("{\"zone\":\"Europe/Berlin\",\"hours\":{"
                + "\"mon\":[[\"09:00\",\"17:00\"]],\"tue\":[[\"09:00\",\"17:00\"]],\"wed\":[[\"09:00\",\"17:00\"]],"
                + "\"thu\":[[\"09:00\",\"17:00\"]],\"fri\":[[\"09:00\",\"17:00\"]]},\"holidays\":[\"2026-12-24\"],"
                + "\"exceptions\":{}}");

        open();
        teamScreen(robot, 2);
        FxWait.until(() -> ticked(robot, "#scheduleFriOpen"));
        for (String day : WORKDAYS) {
            assertThat(ticked(robot, "#schedule" + day + "Open")).as(day).isTrue();
            assertThat(field(robot, "#schedule" + day + "From0")).isEqualTo("09:00");
            assertThat(field(robot, "#schedule" + day + "To0")).isEqualTo("17:00");
        }
        assertThat(ticked(robot, "#scheduleSatOpen")).isFalse();
        assertThat(text(robot, "#scheduleSatClosed")).isEqualTo("closed");
        ListView<LocalDate> holidays = robot.lookup("#scheduleHolidays").queryListView();
        assertThat(holidays.getItems()).containsExactly(LocalDate.of(2026, 12, 24));
        assertThat(robot.lookup("#scheduleEditor").query().isDisabled()).isFalse();
        assertThat(field(robot, "#policyTarget")).isEqualTo("8h");
    }

    @Test
    void hoursThatCloseBeforeTheyOpenAreSaidBesideTheHoursAndNothingIsSaved(FxRobot robot) throws Exception {
        open();
        teamScreen(robot, 2);

        businessClock(robot);
        click(robot, "#scheduleTueOpen");
        retype(robot, "#scheduleTueFrom0", "18:00");
        retype(robot, "#scheduleTueTo0", "09:00");
        click(robot, "#savePolicyButton");
        FxWait.until(() -> !text(robot, "#scheduleProblem").isEmpty());

        assertThat(text(robot, "#scheduleProblem"))
                .isEqualTo("Tuesday: 09:00 is before 18:00; mark it \"next day\" if it closes after midnight.");
        assertThat(text(robot, "#teamProblem")).startsWith("Nothing was saved");
        assertThat(seed.people().team("North").policy()).isEqualTo(ResponsePolicy.standard());

        click(robot, "#scheduleTueNextDay0");
        assertThat(text(robot, "#scheduleProblem")).as("the mistake is being corrected").isEmpty();
        click(robot, "#savePolicyButton");
        FxWait.until(() -> text(robot, "#teamMessage").startsWith("Saved the policy of North"));
        assertThat(seed.people().team("North").policy().schedule().weekly().get(java.time.DayOfWeek.TUESDAY))
                .extracting(Object::toString).containsExactly("18:00-09:00");
    }

    /** Types {@code date} into the field for dates with hours of their own and adds it. */
    private static void addDate(FxRobot robot, String date) {
        click(robot, "#datedHoursDate");
        robot.write(date);
        click(robot, "#addDatedHoursButton");
    }

    @Test
    void aLeadGivesChristmasEveAHalfDayClosesNewYearsEveAndTakesADateOffWhichAreThereWhenTheWindowOpensAgain(
            FxRobot robot) throws Exception {
        open();
        teamScreen(robot, 2);
        businessClock(robot);
        for (String day : WORKDAYS) {
            click(robot, "#schedule" + day + "Open");
        }
        assertThat(text(robot, "#scheduleDatedNone")).isEqualTo("None: every date has its weekday's hours.");
        String christmasEve = LocalDates.ofDefault().format(LocalDate.of(2026, 12, 24));

        addDate(robot, christmasEve);
        FxWait.until(() -> robot.lookup("#scheduleDate20261224Open").tryQuery().isPresent());
        assertThat(ticked(robot, "#scheduleDate20261224Open")).isTrue();
        assertThat(field(robot, "#scheduleDate20261224To0")).as("a Thursday's hours to begin with").isEqualTo("17:00");
        retype(robot, "#scheduleDate20261224To0", "12 pm");
        addDate(robot, "2026-12-31");
        click(robot, "#scheduleDate20261231Open");
        assertThat(text(robot, "#scheduleDate20261231Closed")).isEqualTo("closed");
        click(robot, "#datedHoursDate");
        robot.write("2027-01-04").type(KeyCode.ENTER); // Return adds it, as the button does
        FxWait.until(() -> robot.lookup("#scheduleDate20270104Open").tryQuery().isPresent());
        click(robot, "#removeDatedHoursButton");
        ListView<?> dated = robot.lookup("#scheduleDatedList").queryListView();
        assertThat(dated.getItems()).hasSize(2);
        click(robot, "#savePolicyButton");
        FxWait.until(() -> text(robot, "#teamMessage").startsWith("Saved the policy of North"));

        assertThat(ScheduleFormat.write(seed.people().team("North").policy().schedule()))
                .endsWith("\"exceptions\":{\"2026-12-24\":[[\"09:00\",\"12:00\"]],\"2026-12-31\":[]}}");
        open();
        teamScreen(robot, 2);
        FxWait.until(() -> robot.lookup("#scheduleDatedList").queryListView().getItems().size() == 2);
        String newYearsEve = LocalDates.ofDefault().format(LocalDate.of(2026, 12, 31));
        reveal(robot, "#scheduleDatedList");
        assertThat(robot.lookup(christmasEve + " (Thursday): 09:00 to 12:00").tryQuery()).isPresent();
        assertThat(robot.lookup(newYearsEve + " (Thursday): closed").tryQuery()).isPresent();
        robot.clickOn(christmasEve + " (Thursday): 09:00 to 12:00");
        assertThat(field(robot, "#scheduleDate20261224From0")).isEqualTo("09:00");
        assertThat(field(robot, "#scheduleDate20261224To0")).isEqualTo("12:00");
        assertThat(robot.lookup("#scheduleDatedNone").query().isVisible()).isFalse();
        retype(robot, "#scheduleDate20261224To0", "13:00");
        assertThat(robot.lookup(christmasEve + " (Thursday): 09:00 to 13:00").tryQuery()).as("the list follows")
                .isPresent();
    }

    @Test
    void aDateWhoseHoursCloseBeforeTheyOpenIsNamedAndOpenedAndNothingIsSaved(FxRobot robot) throws Exception {
        open();
        teamScreen(robot, 2);
        businessClock(robot);
        click(robot, "#scheduleMonOpen");
        addDate(robot, "2026-12-24");
        FxWait.until(() -> robot.lookup("#scheduleDate20261224From0").tryQuery().isPresent());
        retype(robot, "#scheduleDate20261224From0", "13:00");
        retype(robot, "#scheduleDate20261224To0", "12:00");
        addDate(robot, "2026-12-31");
        FxWait.until(() -> robot.lookup("#scheduleDate20261224From0").tryQuery().isEmpty());
        click(robot, "#savePolicyButton");
        FxWait.until(() -> !text(robot, "#scheduleProblem").isEmpty());

        assertThat(robot.lookup("#scheduleDate20261224To0").tryQuery()).as("the date named is opened to correct")
                .isPresent();

        assertThat(text(robot, "#scheduleProblem")).isEqualTo(LocalDates.ofDefault().format(LocalDate.of(2026, 12,
                24)) + ": 12:00 is before 13:00; mark it \"next day\" if it closes after midnight.");
        assertThat(text(robot, "#teamProblem")).startsWith("Nothing was saved");
        assertThat(seed.people().team("North").policy()).isEqualTo(ResponsePolicy.standard());
    }

    @Test
    void aDateAlsoListedAsAHolidayIsSaidToKeepItsOwnHours(FxRobot robot) throws Exception {
        open();
        teamScreen(robot, 2);
        businessClock(robot);
        click(robot, "#holidayDate");
        robot.write("2026-12-24");
        click(robot, "#addHolidayButton");
        assertThat(robot.lookup("#scheduleAlsoHolidays").query().isVisible()).isFalse();

        addDate(robot, "2026-12-24");

        FxWait.until(() -> robot.lookup("#scheduleAlsoHolidays").query().isVisible());
        assertThat(text(robot, "#scheduleAlsoHolidays")).isEqualTo(LocalDates.ofDefault().format(
                LocalDate.of(2026, 12, 24)) + " is also listed as a holiday: its own hours here win over the holiday.");
    }

    @Test
    void theZoneIsFoundByItsCityAsItIsTypedAndPickedByTheKeyboard(FxRobot robot) throws Exception {
        open();
        teamScreen(robot, 2);
        businessClock(robot);
        click(robot, "#scheduleMonOpen");
        assertThat(robot.lookup("#scheduleZoneSuggestions").query().isVisible()).as("none for the team's zone")
                .isFalse();

        retype(robot, "#scheduleZone", "new y");
        ListView<String> suggestions = robot.lookup("#scheduleZoneSuggestions").queryListView();
        FxWait.until(suggestions::isVisible);
        assertThat(suggestions.getItems()).containsExactly("America/New_York");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        assertThat(field(robot, "#scheduleZone")).isEqualTo("America/New_York");
        assertThat(suggestions.isVisible()).isFalse();
        retype(robot, "#scheduleZone", "BERL");
        FxWait.until(suggestions::isVisible);
        assertThat(suggestions.getItems()).first().isEqualTo("Europe/Berlin");
        robot.type(KeyCode.ESCAPE);
        assertThat(suggestions.isVisible()).isFalse();
        retype(robot, "#scheduleZone", "new y");
        FxWait.until(suggestions::isVisible);
        robot.clickOn("America/New_York");
        click(robot, "#savePolicyButton");
        FxWait.until(() -> text(robot, "#teamMessage").startsWith("Saved the policy of North"));
        assertThat(seed.people().team("North").policy().schedule().zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void moreHoursByTheKeyboardPutTheFocusInTheNewOpeningTime(FxRobot robot) throws Exception {
        open();
        teamScreen(robot, 2);
        businessClock(robot);
        click(robot, "#scheduleWedOpen");
        reveal(robot, "#scheduleWedAdd");
        robot.interact(() -> robot.lookup("#scheduleWedAdd").query().requestFocus());

        robot.type(KeyCode.SPACE);

        FxWait.until(() -> robot.lookup("#scheduleWedFrom1").tryQuery().isPresent());
        Node focused = robot.lookup("#scheduleWedFrom1").query().getScene().getFocusOwner();
        assertThat(focused).isNotNull().extracting(Node::getId).isEqualTo("scheduleWedFrom1");
        robot.write("13:30");
        assertThat(field(robot, "#scheduleWedFrom1")).isEqualTo("13:30");
    }

    @Test
    void f5ShowsATeammateAddedBehindTheWindowsBack(FxRobot robot) throws Exception {
        open();
        teamScreen(robot, 2);

        seed.people().addRep("Omar Haddad", "omar@x.example", "North", Role.REP, "214");
        robot.type(KeyCode.F5);

        TableView<?> members = robot.lookup("#teamMembers").queryTableView();
        FxWait.until(() -> members.getItems().size() == 3);
        assertThat(robot.lookup("Omar Haddad").tryQuery()).isPresent();
    }
}
