package dev.promptly.ui;

import dev.promptly.StoreLocation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.ui.imports.ImportViewModel;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newcomer on an empty store brings their team in from a spreadsheet, then says who they are. */
class WelcomeImportTest {

    @TempDir
    Path folder;

    @Test
    void aSpreadsheetOnTheWelcomeMakesTheTeamAndItsRepsThenAsksWhoYouAre() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.open = Files.writeString(folder.resolve("history.csv"), "kind,rep,customer,received_at\n"
                + "callback,anna.schmidt@x.example,Carla,2026-11-20T10:00:00+01:00\n"
                + "email,ben.okafor@x.example,Dan,2026-11-21T10:00:00+01:00\n");
        ShellViewModel shell = new ShellViewModel(new StoreLocation.File(folder.resolve("promptly.db")), f -> AppContext.open(f, clock),
                Settings.inMemory(), TaskRunner.immediate(), clock, dialogs);
        shell.open();
        assertThat(shell.screenProperty().get()).isEqualTo(ShellViewModel.Screen.WELCOME);

        shell.files().items();
        ImportViewModel importing = dialogs.imports.get(0);
        assertThat(importing.createRepsProperty().get()).isTrue();
        assertThat(importing.teamForNewRepsProperty().get()).isEqualTo("Support");
        importing.importNow();

        assertThat(importing.messageProperty().get()).startsWith("Imported.");
        assertThat(shell.screenProperty().get()).isEqualTo(ShellViewModel.Screen.PROFILE);
        assertThat(shell.teams()).extracting(t -> t.name()).containsExactly("Support");
        assertThat(shell.reps()).extracting(r -> r.name()).containsExactlyInAnyOrder("Anna Schmidt", "Ben Okafor");
    }
}
