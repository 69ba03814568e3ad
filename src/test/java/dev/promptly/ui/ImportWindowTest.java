package dev.promptly.ui;

import dev.promptly.StoreLocation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.Workbooks;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.imports.ImportOutcome;
import dev.promptly.ui.imports.ImportViewModel;
import dev.promptly.ui.queue.ItemRow;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A rep imports the phone system's file from File > Import: previews it, sees the line it cannot read, imports the
 * rest, and finds the missed call in the queue. Only the file chooser is answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String MISSED = "\"\",\"+4930111\",\"201\",\"from-pstn\",\"\"\"Carla Diaz\"\" <+4930111>\","
            + "\"PJSIP/trunk-1\",\"PJSIP/201-1\",\"Dial\",\"\",\"2026-11-23 08:40:00\",,\"2026-11-23 08:40:30\",30,0,"
            + "\"NO ANSWER\",\"DOCUMENTATION\"";

    @TempDir
    static Path folder;

    private TaskRunner tasks;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        MutableClock clock = new MutableClock(NOW);
        Path store = folder.resolve("import-" + System.nanoTime() + ".db");
        file = Files.writeString(folder.resolve("Master-" + System.nanoTime() + ".csv"),
                MISSED + "\n" + MISSED.replace("NO ANSWER", "MAYBE") + "\n");
        AppContext seed = AppContext.open(store, clock);
        Team team = seed.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        Rep anna = seed.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, "201");
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, anna.email());
        tasks = TaskRunner.background();
        FxDialogService real = new FxDialogService(() -> stage);
        ShellViewModel model = new ShellViewModel(new StoreLocation.File(store), f -> AppContext.open(f, clock), settings, tasks, clock,
                new ChosenFile(real));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#importMessage").queryAs(Label.class).getText();
    }

    @Test
    void previewShowsWhatItMakesAndWhatItCannotReadThenImportsTheRest(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("File").clickOn("Import calls from the phone system…");
        FxWait.until(() -> robot.lookup("#previewButton").tryQuery().isPresent());

        robot.clickOn("#previewButton");
        FxWait.until(() -> message(robot).startsWith("Nothing can be imported"));

        TableView<?> rejected = robot.lookup("#importRejected").queryTableView();
        assertThat(rejected.getItems()).hasSize(1);
        assertThat(robot.lookup("2").tryQuery()).isPresent();
        assertThat(robot.lookup("unknown disposition 'MAYBE'; expected ANSWERED, NO ANSWER, BUSY, FAILED or "
                + "CONGESTION").tryQuery()).isPresent();

        robot.clickOn("#importSkipInvalid");
        robot.clickOn("#previewButton");
        FxWait.until(() -> message(robot).startsWith("Preview"));
        robot.clickOn("What it makes");
        TableView<ImportOutcome.Change> changes = robot.lookup("#importChanges").queryTableView();
        assertThat(changes.getItems()).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo("Callback");
            assertThat(c.rep()).isEqualTo("Anna Schmidt");
            assertThat(c.customer()).isEqualTo("Carla Diaz (+4930111)");
        });

        robot.clickOn("#importButton");
        FxWait.until(() -> message(robot).startsWith("Imported."));
        assertThat(Files.readString(folder.resolve(file.getFileName().toString().replace(".csv", ".rejects.csv"))))
                .contains("MAYBE");
        // Written once: the file cannot be imported a second time from the same dialog.
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#previewButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("Close");

        FxWait.until(() -> robot.lookup("#queueTable").<ItemRow>queryTableView().getItems().size() == 1);
        assertThat(robot.lookup("Missed call from Carla Diaz (+4930111)").tryQuery()).isPresent();
    }

    @Test
    void anExcelWorkbookIsRefusedInWordsAndCannotBeImported(FxRobot robot) throws Exception {
        file = Files.write(folder.resolve("Items-" + System.nanoTime() + ".xlsx"), Workbooks.xlsx(
                "kind,rep,customer,subject,received_at", "callback,anna@x.example,Carla,Invoice,2026-11-23T09:00:00Z"));
        FxWait.until(() -> robot.lookup("#queueTable").tryQuery().isPresent());
        robot.clickOn("File").clickOn("Import items from a spreadsheet (CSV)…");
        FxWait.until(() -> robot.lookup("#previewButton").tryQuery().isPresent());

        robot.clickOn("#previewButton");
        FxWait.until(() -> message(robot).startsWith("This is"));

        assertThat(message(robot)).isEqualTo("This is an Excel workbook: save it as CSV UTF-8 first (in Excel: File > "
                + "Save As > CSV UTF-8)");
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#previewButton").queryButton().isDisabled()).isFalse();
        TableView<?> rejected = robot.lookup("#importRejected").queryTableView();
        assertThat(rejected.getItems()).isEmpty();
        assertThat(((Label) rejected.getPlaceholder()).getText()).isEqualTo("No line can be read: " + message(robot));
        assertThat(robot.lookup("Lines it cannot read (all)").tryQuery()).isPresent();
        assertThat(robot.lookup("Every line can be read.").tryQuery()).isEmpty();
        robot.clickOn("Close");
    }

    /** The real dialogs, with the file chooser answered by the test. */
    private final class ChosenFile implements DialogService {
        private final DialogService real;

        ChosenFile(DialogService real) {
            this.real = real;
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, String kind, String... extensions) {
            return Optional.of(file);
        }

        @Override
        public void showImport(ImportViewModel importing) {
            real.showImport(importing);
        }

        @Override
        public Optional<AttemptAnswer> chooseOutcome(String item) {
            return real.chooseOutcome(item);
        }

        @Override
        public Optional<String> askNote(String item) {
            return real.askNote(item);
        }

        @Override
        public Optional<dev.promptly.items.ItemChanges> askEdit(dev.promptly.ui.EditForm form) {
            return real.askEdit(form);
        }

        @Override
        public Optional<DelayAnswer> askDelay(String item, Instant currentDue, ZoneId zone, Instant now) {
            return real.askDelay(item, currentDue, zone, now);
        }

        @Override
        public Optional<EscalationAnswer> askEscalation(String item, List<dev.promptly.board.Colleague> colleagues) {
            return real.askEscalation(item, colleagues);
        }

        @Override
        public Optional<EscalationAnswer> askReassignment(int count, List<dev.promptly.board.Colleague> reps) {
            return real.askReassignment(count, reps);
        }

        @Override
        public Optional<NewItemForm.Values> askNewItem(NewItemForm form) {
            return real.askNewItem(form);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String kind, String extension) {
            return real.chooseSaveFile(title, suggestedName, kind, extension);
        }

        @Override
        public Optional<char[]> askPassword(String account) {
            return real.askPassword(account);
        }

        @Override
        public void showConnect(dev.promptly.ui.shell.ConnectViewModel connecting) {
            real.showConnect(connecting);
        }

        @Override
        public void showMailbox(dev.promptly.ui.mail.MailboxViewModel mailbox) {
            real.showMailbox(mailbox);
        }

        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }
    }
}
