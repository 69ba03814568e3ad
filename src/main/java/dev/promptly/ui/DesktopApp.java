package dev.promptly.ui;

import dev.promptly.StoreLocation;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.shell.ShellView;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: shows the window at once and opens the store in the background. */
public final class DesktopApp extends Application {

    private static EarlyStart early;
    private static Settings settings;
    private static Clock clock;

    private TaskRunner tasks;

    /** Launches the toolkit; returns when the last window closes. */
    public static void open(Path storeFile) {
        settings = Settings.userPreferences();
        clock = Clock.systemDefaultZone();
        early = EarlyStart.begin(StoreLocation.resolve(storeFile, System.getenv()), clock, settings);
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        tasks = TaskRunner.background();
        ShellViewModel model = new ShellViewModel(early.storeFile(), file -> early.context(), settings, tasks, clock,
                new FxDialogService(() -> stage));
        Scene scene = scene(new ShellView(model), model);
        stage.setTitle("Promptly");
        stage.setScene(scene);
        WindowBounds.restore(stage, settings);
        stage.setOnCloseRequest(e -> WindowBounds.remember(stage, settings));
        stage.show();
        model.open();
        // The icons of task bars and switchers (installer/icon/ holds the drawing), loaded in the background and
        // set once decoded, so that the first frame does not wait for them.
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    DesktopApp.class.getResource("icon/promptly-" + size + ".png").toExternalForm(), true));
        }
        if (Boolean.getBoolean(StartupReport.PROPERTY)) {
            StartupReport.whenQueueShown(model);
        }
    }

    /** The scene with Promptly's stylesheet, theme and shortcuts; shared with the UI tests. */
    public static Scene scene(ShellView view, ShellViewModel model) {
        model.themeProperty().get().apply();
        model.themeProperty().addListener((o, a, theme) -> theme.apply());
        Scene scene = new Scene(view, 1320, 820);
        scene.getStylesheets().add(DesktopApp.class.getResource("promptly.css").toExternalForm());
        view.installShortcuts(scene);
        return scene;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
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
