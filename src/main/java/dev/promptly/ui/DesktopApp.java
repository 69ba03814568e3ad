package dev.promptly.ui;

import dev.promptly.AppContext;
import dev.promptly.ui.dialogs.FxDialogService;
import dev.promptly.ui.help.SystemBrowser;
import dev.promptly.ui.shell.ShellView;
import dev.promptly.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
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
                settings, tasks, clock, new FxDialogService(() -> stage,
                        SystemBrowser.of(uri -> Platform.runLater(() -> getHostServices().showDocument(uri)))));
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

    /**
     * Size and position of the main window, kept per user. The window always opens inside a screen's visible area: a
     * remembered place off every screen is not restored, a size larger than the screen is cut to it, and on a first
     * start below the default size (a 1366x768 or 1280x720 laptop) the window is maximised.
     */
    static final class WindowBounds {
        static final double DEFAULT_WIDTH = 1320;
        static final double DEFAULT_HEIGHT = 820;

        private WindowBounds() {
        }

        static void restore(Stage stage, Settings settings) {
            double x = settings.getDouble("window.x", Double.NaN);
            double y = settings.getDouble("window.y", Double.NaN);
            double width = settings.getDouble("window.width", DEFAULT_WIDTH);
            double height = settings.getDouble("window.height", DEFAULT_HEIGHT);
            Rectangle2D wanted = new Rectangle2D(Double.isNaN(x) ? 0 : x, Double.isNaN(y) ? 0 : y, width, height);
            List<Screen> screens = Double.isNaN(x) ? List.of() : Screen.getScreensForRectangle(wanted);
            Rectangle2D visible = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
            Rectangle2D bounds = fit(visible, screens.isEmpty() ? null : wanted, width, height);
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            boolean remembered = settings.get("window.maximized").isPresent();
            boolean tooSmall = visible.getWidth() < DEFAULT_WIDTH || visible.getHeight() < DEFAULT_HEIGHT;
            stage.setMaximized(remembered ? settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false)
                    : tooSmall);
        }

        /**
         * Where the window goes on the screen area {@code visible}: at {@code remembered} when given, else centred;
         * never larger than the area, and moved back inside it where it would stick out.
         */
        static Rectangle2D fit(Rectangle2D visible, Rectangle2D remembered, double width, double height) {
            double w = Math.min(width, visible.getWidth());
            double h = Math.min(height, visible.getHeight());
            double x = remembered != null ? remembered.getMinX() : visible.getMinX() + (visible.getWidth() - w) / 2;
            double y = remembered != null ? remembered.getMinY() : visible.getMinY() + (visible.getHeight() - h) / 2;
            x = Math.max(visible.getMinX(), Math.min(x, visible.getMaxX() - w));
            y = Math.max(visible.getMinY(), Math.min(y, visible.getMaxY() - h));
            return new Rectangle2D(x, y, w, h);
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
