package dev.promptly.ui;

import dev.promptly.AppContext;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellView;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application. The store opens on a thread of its own while the toolkit starts; when it is ready soon
 * enough, the first frame already shows the user's queue, otherwise the window says it is opening the store.
 */
public final class DesktopApp extends Application {

    /**
     * How long, once the toolkit is up, to wait for the store before showing the window: enough for a store on a
     * local disk, short enough that a slow one is seen opening.
     */
    private static final Duration WAIT_FOR_STORE = Duration.ofMillis(500);

    private static EarlyStart early;
    private static Settings settings;
    private static Clock clock;

    private TaskRunner tasks;
    private ShellViewModel model;
    private Optional<ShellViewModel.Opened> ready = Optional.empty();

    /**
     * Launches the toolkit; returns when the last window closes. The store is {@code --db}'s, else PROMPTLY_DB's, else
     * the team server the user last connected to, else this computer's.
     */
    public static void open(String storeLocation) {
        settings = Settings.forUser();
        clock = Clock.systemDefaultZone();
        early = EarlyStart.begin(StoreChoice.atStart(storeLocation, System.getenv(), settings), clock, settings);
        Application.launch(DesktopApp.class);
    }

    /**
     * Runs on the launcher thread while the store opens and the JavaFX thread is idle: the theme's stylesheet loads
     * there meanwhile, the icons here; waiting here for the store keeps the JavaFX thread free.
     */
    @Override
    public void init() {
        Theme.remembered(settings).apply();
        Icons.prepare();
        ready = early.readyWithin(WAIT_FOR_STORE);
    }

    @Override
    public void start(Stage stage) {
        tasks = TaskRunner.background();
        // The first store is opened early (below); the opener is for the stores the user switches to.
        model = new ShellViewModel(early.location(), (where, password) -> AppContext.open(where, password, clock),
                settings, tasks, clock, new FxDialogService(() -> stage));
        // Not ready yet: the window says the store is opening, and waits for it in the background.
        ready.ifPresentOrElse(model::open, () -> model.open(early::opened));
        Scene scene = scene(model);
        stage.setScene(scene);
        WindowBounds.restore(stage, settings);
        stage.setOnCloseRequest(e -> WindowBounds.remember(stage, settings));
        if (Boolean.getBoolean(StartupReport.PROPERTY)) {
            StartupReport.whenQueueShown(stage, model);
        }
        stage.show();
        // The icons of task bars and switchers (installer/icon/ holds the drawing), loaded in the background and
        // set once decoded, so that the first frame does not wait for them.
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    DesktopApp.class.getResource("icon/promptly-" + size + ".png").toExternalForm(), true));
        }
    }

    /** The main window's scene, with Promptly's stylesheet, theme and shortcuts; shared with the UI tests. */
    public static Scene scene(ShellViewModel model) {
        // Before the first control is made: otherwise JavaFX loads its own default theme first, for nothing.
        model.themeProperty().get().apply();
        model.themeProperty().addListener((o, a, theme) -> theme.apply());
        ShellView view = new ShellView(model);
        Scene scene = new Scene(view, 1320, 820);
        scene.getStylesheets().add(DesktopApp.class.getResource("promptly.css").toExternalForm());
        view.installShortcuts(scene);
        return scene;
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        settings.flush();
    }

    /** Size and position of the main window, kept per user; a position off every screen is not restored. */
    static final class WindowBounds {
        private WindowBounds() {
        }

        static void restore(Stage stage, Settings settings) {
            double width = settings.getDouble("window.width", 1320);
            double height = settings.getDouble("window.height", 820);
            stage.setWidth(width);
            stage.setHeight(height);
            double x = settings.getDouble("window.x", Double.NaN);
            double y = settings.getDouble("window.y", Double.NaN);
            if (!Double.isNaN(x) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
            stage.setMaximized(settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false));
        }

        static void remember(Stage stage, Settings settings) {
            settings.put("window.maximized", String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized()) {
                settings.put("window.x", String.valueOf(stage.getX()));
                settings.put("window.y", String.valueOf(stage.getY()));
                settings.put("window.width", String.valueOf(stage.getWidth()));
                settings.put("window.height", String.valueOf(stage.getHeight()));
            }
        }
    }
}
