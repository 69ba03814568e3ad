package dev.promptly.ui;

import dev.promptly.AppContext;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The main window's state: which store is open and what it holds. The screens come in later issues. */
public final class MainViewModel {

    private final Path storeFile;
    private final Function<Path, AppContext> opener;
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Opening " + "the store…");

    public MainViewModel(Path storeFile, Function<Path, AppContext> opener, TaskRunner tasks) {
        this.storeFile = storeFile;
        this.opener = opener;
        this.tasks = tasks;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Path storeFile() {
        return storeFile;
    }

    /** Opens (and migrates) the store in the background, then says what is in it. */
    public void load() {
        tasks.run(() -> {
            AppContext context = opener.apply(storeFile);
            return new StoreSummary(context.people().teams().size(), context.people().reps().size());
        }, summary -> status.set(summary.describe()), failure -> status.set("Cannot open the store: "
                + failure.getMessage()));
    }

    record StoreSummary(int teams, int reps) {
        String describe() {
            return teams == 0 ? "The store is empty. Run 'promptly demo generate' to load a demo team."
                    : teams + (teams == 1 ? " team" : " teams") + ", " + reps + (reps == 1 ? " person" : " people");
        }
    }
}
