package dev.promptly.ui.shell;

import dev.promptly.StoreLocation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.FakeDialogs;
import dev.promptly.ui.ManualTaskRunner;
import dev.promptly.ui.MutableClock;
import dev.promptly.ui.Settings;
import dev.promptly.ui.queue.ItemRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At start-up the store is opened and the remembered user's queue read while the toolkit starts; the shell then shows
 * that queue at once, without a second read in the background.
 */
class ShellStartTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(NOW);
    private final Settings settings = Settings.inMemory();
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private AppContext context;
    private Rep anna;

    @BeforeEach
    void setUp() {
        context = AppContext.open(folder.resolve("start.db"), clock);
        Team team = context.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        anna = context.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        context.people().addRep("Ben Okafor", "ben@x.example", team.name(), Role.REP, null);
        callback("Carla Diaz", Duration.ofHours(2));
        callback("Dan Berg", Duration.ofHours(30));
    }

    private void callback(String customer, Duration ago) {
        context.items().add(new NewItem(ItemKind.CALLBACK, anna, Customer.named(customer), "Call back",
                Priority.CUSTOMER, NOW.minus(ago), null, null, NewItem.MANUAL, null));
    }

    private ShellViewModel shell() {
        return new ShellViewModel(new StoreLocation.File(folder.resolve("start.db")), f -> context, settings, tasks, clock, new FakeDialogs());
    }

    @Test
    void theRememberedUsersQueueReadBeforeTheWindowIsShownWithoutWaitingForTheBackground() {
        settings.put(ShellViewModel.REP_KEY, "ANNA@x.example");
        ShellViewModel.Opened opened = ShellViewModel.read(context, settings, clock);
        ShellViewModel shell = shell();

        shell.open(opened);

        assertThat(shell.screenProperty().get()).isEqualTo(ShellViewModel.Screen.QUEUE);
        assertThat(shell.currentRepProperty().get()).isEqualTo(anna);
        assertThat(shell.queue().loadingProperty().get()).isFalse();
        assertThat(shell.queue().rows()).extracting(ItemRow::customer).containsExactly("Dan Berg", "Carla Diaz");
        assertThat(shell.queue().figuresProperty().get().overdue()).isEqualTo(1);
        assertThat(shell.queue().selectedProperty().get().customer()).isEqualTo("Dan Berg");
    }

    @Test
    void withNoUserRememberedNothingIsReadAheadAndTheUserIsAskedWhoTheyAre() {
        ShellViewModel.Opened opened = ShellViewModel.read(context, settings, clock);
        ShellViewModel shell = shell();

        shell.open(opened);

        assertThat(opened.firstQueue()).isNull();
        assertThat(shell.screenProperty().get()).isEqualTo(ShellViewModel.Screen.PROFILE);
        assertThat(shell.reps()).extracting(Rep::name).containsExactly("Anna Schmidt", "Ben Okafor");
    }

    @Test
    void aQueueReadAheadForSomeoneElseIsNotShownToTheUserChosenLater() {
        settings.put(ShellViewModel.REP_KEY, "anna@x.example");
        ShellViewModel shell = shell();
        shell.open(ShellViewModel.read(context, settings, clock));
        Rep ben = shell.reps().stream().filter(r -> r.name().startsWith("Ben")).findFirst().orElseThrow();

        shell.choose(ben);

        assertThat(shell.queue().rows()).isEmpty();
        assertThat(shell.queue().loadingProperty().get()).isTrue();
        tasks.runAll();
        assertThat(shell.queue().loadingProperty().get()).isFalse();
        assertThat(shell.queue().rows()).isEmpty();
    }

    @Test
    void aDamagedStoreIsShownInTheWordsTheCommandLineUses() throws Exception {
        Path damaged = java.nio.file.Files.writeString(folder.resolve("damaged.db"), "not a store");
        ShellViewModel shell = new ShellViewModel(new StoreLocation.File(damaged), f -> AppContext.open(f, clock), settings, tasks, clock,
                new FakeDialogs());

        shell.open();
        tasks.runAll();

        assertThat(shell.screenProperty().get()).isEqualTo(ShellViewModel.Screen.FAILED);
        assertThat(shell.statusProperty().get()).isEqualTo("The store " + damaged + " is not an SQLite database "
                + "(another program's file, or a damaged store); it was left as it is; run promptly check.");
    }
}
