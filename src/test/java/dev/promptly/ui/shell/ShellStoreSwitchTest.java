package dev.promptly.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.common.InvalidInputException;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.FakeDialogs;
import dev.promptly.ui.ManualTaskRunner;
import dev.promptly.ui.MutableClock;
import dev.promptly.ui.Settings;
import dev.promptly.ui.StoreChoice;
import dev.promptly.ui.queue.QueueViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching stores in the window (File > Connect…, File > Use this computer only): the new store's screens replace
 * the old ones, who the user is is worked out again in it, and a store that cannot be opened leaves the current one
 * shown.
 */
class ShellStoreSwitchTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(NOW);
    private final Settings settings = Settings.inMemory();
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> problems = new ArrayList<>();

    /** A store file with one team and one rep in it. */
    private StoreLocation.File store(String file, String team, String rep, String email) {
        Path path = folder.resolve(file);
        AppContext context = AppContext.open(path, clock);
        try {
            Team made = context.people().addTeam(team, ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
            context.people().addRep(rep, email, made.name(), Role.REP, null);
        } finally {
            context.close();
        }
        return new StoreLocation.File(path);
    }

    private ShellViewModel shell(StoreLocation.File home) {
        ShellViewModel.Opener opener = (where, password) -> {
            if (!(where instanceof StoreLocation.File file) || !file.path().toFile().exists()) {
                throw new InvalidInputException("no store at " + where.display());
            }
            return AppContext.open(file.path(), clock);
        };
        return new ShellViewModel(home, opener, home, settings, tasks, clock, dialogs);
    }

    @Test
    void anotherStoreBringsItsOwnScreensAndAsksWhoTheUserIsThere() {
        StoreLocation.File home = store("home.db", "Support Berlin", "Anna Schmidt", "anna@x.example");
        StoreLocation.File other = store("other.db", "Support Lyon", "Ben Okafor", "ben@x.example");
        settings.put(ShellViewModel.REP_KEY, "anna@x.example");
        ShellViewModel shell = shell(home);
        shell.open();
        tasks.runAll();
        QueueViewModel homeQueue = shell.queue();
        assertThat(shell.screenProperty().get()).isEqualTo(ShellViewModel.Screen.QUEUE);

        boolean[] done = {false};
        shell.switchTo(other, null, () -> done[0] = true, problems::add);
        assertThat(shell.switchingProperty().get()).isTrue();
        tasks.runAll();

        assertThat(done[0]).isTrue();
        assertThat(problems).isEmpty();
        assertThat(shell.switchingProperty().get()).isFalse();
        assertThat(shell.location()).isEqualTo(other);
        assertThat(shell.opensProperty().get()).isEqualTo(2);
        assertThat(shell.queue()).isNotSameAs(homeQueue);
        assertThat(shell.currentRepProperty().get()).isNull();
        assertThat(shell.reps()).extracting(r -> r.name()).containsExactly("Ben Okafor");
        assertThat(shell.screenProperty().get()).isEqualTo(ShellViewModel.Screen.PROFILE);
        shell.close();
    }

    @Test
    void useThisComputerOnlyGoesBackToTheFileStoreAndItsRememberedUser() {
        StoreLocation.File home = store("home.db", "Support Berlin", "Anna Schmidt", "anna@x.example");
        StoreLocation.File other = store("other.db", "Support Lyon", "Ben Okafor", "ben@x.example");
        settings.put(ShellViewModel.REP_KEY, "anna@x.example");
        ShellViewModel shell = shell(home);
        shell.open();
        tasks.runAll();
        shell.switchTo(other, null, () -> { }, problems::add);
        tasks.runAll();

        shell.useThisComputer();
        tasks.runAll();

        assertThat(shell.location()).isEqualTo(home);
        assertThat(settings.get(StoreChoice.KEY)).isEmpty();
        assertThat(shell.opensProperty().get()).isEqualTo(3);
        assertThat(shell.currentRepProperty().get().name()).isEqualTo("Anna Schmidt");
        assertThat(shell.screenProperty().get()).isEqualTo(ShellViewModel.Screen.QUEUE);

        shell.useThisComputer(); // already there: nothing to open
        assertThat(tasks.pending()).isZero();
        assertThat(shell.opensProperty().get()).isEqualTo(3);
        shell.close();
    }

    @Test
    void aStoreThatCannotBeOpenedLeavesTheCurrentOneShownAndSaysWhy() {
        StoreLocation.File home = store("home.db", "Support Berlin", "Anna Schmidt", "anna@x.example");
        settings.put(ShellViewModel.REP_KEY, "anna@x.example");
        ShellViewModel shell = shell(home);
        shell.open();
        tasks.runAll();
        QueueViewModel queue = shell.queue();

        boolean[] done = {false};
        shell.switchTo(new StoreLocation.File(folder.resolve("missing.db")), null, () -> done[0] = true,
                problems::add);
        tasks.runAll();

        assertThat(done[0]).isFalse();
        assertThat(problems).containsExactly("No store at " + folder.resolve("missing.db") + ".");
        assertThat(shell.switchingProperty().get()).isFalse();
        assertThat(shell.location()).isEqualTo(home);
        assertThat(shell.queue()).isSameAs(queue);
        assertThat(shell.opensProperty().get()).isEqualTo(1);
        assertThat(shell.currentRepProperty().get().name()).isEqualTo("Anna Schmidt");
        shell.close();
    }
}
