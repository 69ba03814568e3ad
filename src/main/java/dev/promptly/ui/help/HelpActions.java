package dev.promptly.ui.help;

import dev.promptly.StoreLocation;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The Help menu: the user guide in the system's browser, the About box. */
public final class HelpActions {

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<StoreLocation> location;
    private final Supplier<Path> folder;

    /**
     * @param folder where the guide's page is written (a new private folder each time by default: the guide is
     *               small, and this way never stale after an update)
     */
    public HelpActions(TaskRunner tasks, DialogService dialogs, Supplier<StoreLocation> location,
                       Supplier<Path> folder) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.location = location;
        this.folder = folder;
    }

    public HelpActions(TaskRunner tasks, DialogService dialogs, Supplier<StoreLocation> location) {
        this(tasks, dialogs, location, HelpActions::privateFolder);
    }

    /** Writes the bundled guide out and hands it to the browser in the background; says where it is if none took it. */
    public void userGuide() {
        record Written(Path page, boolean shown) {
        }
        tasks.run(() -> {
            try {
                Path page = UserGuide.write(folder.get());
                return new Written(page, dialogs.openInBrowser(page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, written -> {
            if (!written.shown()) {
                dialogs.showDocument(written.page());
            }
        }, failure -> dialogs.showError("The user guide cannot be shown", failure.getMessage()));
    }

    public void about() {
        dialogs.showAbout(About.of(location.get()));
    }

    /** Created readable by its owner only (the default of temporary folders on Linux and macOS). */
    private static Path privateFolder() {
        try {
            return Files.createTempDirectory("promptly-guide");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
