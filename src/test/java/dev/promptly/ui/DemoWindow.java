package dev.promptly.ui;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.demo.DemoSpec;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import javafx.stage.Stage;

/**
 * The real window on a store made by {@code promptly demo generate} (its defaults), as Ben Moreau, the manager of
 * Support Berlin, sees it on a 1280x720 laptop screen.
 */
final class DemoWindow {

    /** Monday 7 December 2026, 14:00 UTC: the demo's history ends here, and "now" is here. */
    static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");
    static final String MANAGER = "ben.moreau@promptly.example";

    final TaskRunner tasks;

    private DemoWindow(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Makes the demo store in {@code folder} and shows it on {@code stage}, sized {@code width} x {@code height}. */
    static DemoWindow show(Stage stage, Path folder, int width, int height,
                           Function<Stage, DialogService> dialogs) {
        return show(stage, folder, width, height, dialogs, NOW);
    }

    /** As above, with the window's clock at {@code now}, later than the demo's history (which still ends at NOW). */
    static DemoWindow show(Stage stage, Path folder, int width, int height,
                           Function<Stage, DialogService> dialogs, Instant now) {
        MutableClock clock = new MutableClock(now);
        Path store = folder.resolve("demo-" + System.nanoTime() + ".db");
        AppContext seed = AppContext.open(store, clock);
        seed.demo().generate(new DemoSpec(3, 6, 8, 6000, 42, NOW));
        Settings settings = Settings.inMemory();
        settings.put(ShellViewModel.REP_KEY, MANAGER);
        TaskRunner tasks = TaskRunner.background();
        ShellViewModel model = new ShellViewModel(new StoreLocation.File(store), file -> AppContext.open(file, clock),
                settings, tasks, clock, dialogs.apply(stage));
        stage.setScene(DesktopApp.scene(model));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        model.open();
        return new DemoWindow(tasks);
    }

    void close() {
        tasks.shutdown();
    }
}
