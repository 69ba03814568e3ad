package dev.promptly.ui;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.common.LocalDates;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.stage.Stage;

/**
 * The real window on a new store file with Support Berlin and Anna Schmidt, a rep, who is remembered as the person
 * at this computer, so the window opens on her queue. {@link #seed} writes behind the window's back, as an import
 * or a colleague would.
 */
final class AnnasWindow {

    final AppContext seed;
    final Team team;
    final Rep anna;
    final TaskRunner tasks;
    final ShellViewModel model;

    private AnnasWindow(AppContext seed, Team team, Rep anna, TaskRunner tasks, ShellViewModel model) {
        this.seed = seed;
        this.team = team;
        this.anna = anna;
        this.tasks = tasks;
        this.model = model;
    }

    /** Makes the store in {@code folder}, shows the window on {@code stage} and starts opening the store. */
    static AnnasWindow show(Stage stage, Path folder, MutableClock clock) {
        return show(stage, folder, clock, LocalDates.ofDefault());
    }

    /** As {@link #show(Stage, Path, MutableClock)}, with reps of the same team named {@code colleagues} as well. */
    static AnnasWindow show(Stage stage, Path folder, MutableClock clock, String... colleagues) {
        return show(stage, folder, clock, LocalDates.ofDefault(), colleagues);
    }

    /**
     * As {@link #show(Stage, Path, MutableClock)}, with dates typed and shown as in {@code dates}' locale and
     * reps of the same team named {@code colleagues}.
     */
    static AnnasWindow show(Stage stage, Path folder, MutableClock clock, LocalDates dates, String... colleagues) {
        Path store = folder.resolve("window-" + System.nanoTime() + ".db");
        AppContext seed = AppContext.open(store, clock);
        Team team = seed.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        Rep anna = seed.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        for (String name : colleagues) {
            String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@x.example";
            seed.people().addRep(name, email, team.name(), Role.REP, null);
        }
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, anna.email());
        TaskRunner tasks = TaskRunner.background();
        ShellViewModel model = new ShellViewModel(new StoreLocation.File(store), file -> AppContext.open(file, clock),
                settings, tasks, clock, new FxDialogService(() -> stage, dates));
        stage.setScene(DesktopApp.scene(model));
        stage.show();
        model.open();
        return new AnnasWindow(seed, team, anna, tasks, model);
    }

    void close() {
        tasks.shutdown();
    }
}
