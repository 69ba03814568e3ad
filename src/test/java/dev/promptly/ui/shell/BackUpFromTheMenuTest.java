package dev.promptly.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.demo.DemoSpec;
import dev.promptly.ui.FakeDialogs;
import dev.promptly.ui.MutableClock;
import dev.promptly.ui.Settings;
import dev.promptly.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Back up this computer's store: a checked copy in the file the user names; never over a file that is there. */
class BackUpFromTheMenuTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeDialogs dialogs = new FakeDialogs();

    private ShellViewModel shell() {
        Path store = folder.resolve("promptly.db");
        AppContext seed = AppContext.open(store, clock);
        seed.demo().generate(DemoSpec.starter(NOW));
        seed.close();
        ShellViewModel shell = new ShellViewModel(new StoreLocation.File(store), f -> AppContext.open(f, clock),
                Settings.inMemory(), TaskRunner.immediate(), clock, dialogs);
        shell.open();
        return shell;
    }

    @Test
    void theCopyHoldsWhatTheStoreHoldsAndTheUserIsToldWhereItIs() throws Exception {
        ShellViewModel shell = shell();
        dialogs.saveAs = folder.resolve("backups").resolve("monday.db");
        folder.resolve("backups").toFile().mkdirs();

        shell.files().backUp();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).singleElement().asString()
                .startsWith("Backed up: The store was copied to " + dialogs.saveAs + " and the copy checked.");
        AppContext copy = AppContext.open(dialogs.saveAs, clock);
        AppContext original = AppContext.open(folder.resolve("promptly.db"), clock);
        try {
            assertThat(copy.people().reps()).hasSameSizeAs(original.people().reps()).isNotEmpty();
            assertThat(itemsIn(dialogs.saveAs)).isEqualTo(itemsIn(folder.resolve("promptly.db"))).isEqualTo(6000);
            assertThat(copy.store().check()).isEmpty();
        } finally {
            copy.close();
            original.close();
        }
    }

    private static long itemsIn(Path store) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store);
             var rows = connection.createStatement().executeQuery("SELECT count(*) FROM items")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aFileThatIsThereIsNeverReplaced() throws Exception {
        ShellViewModel shell = shell();
        dialogs.saveAs = Files.writeString(folder.resolve("notes.db"), "my notes");

        shell.files().backUp();

        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("notes.db is already there",
                "choose a new name");
        assertThat(Files.readString(dialogs.saveAs)).isEqualTo("my notes");
    }
}
