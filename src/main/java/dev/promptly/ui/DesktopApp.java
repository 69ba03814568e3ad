package dev.promptly.ui;

import atlantafx.base.theme.PrimerLight;
import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: opens the store in the background and shows the main window. */
public final class DesktopApp extends Application {

    private static Path requestedStore;

    private TaskRunner tasks;

    /** Launches the toolkit; blocks until the last window closes. */
    public static void open(Path storeFile) {
        requestedStore = storeFile;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tasks = TaskRunner.background();
        Path storeFile = StoreLocation.resolve(requestedStore, System.getenv());
        MainWindow window = new MainWindow(new MainViewModel(storeFile, file -> AppContext.open(file, Clock.systemUTC()),
                tasks));
        stage.setTitle("Promptly");
        stage.setScene(new Scene(window, 1100, 720));
        stage.show();
        window.viewModel().load();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
