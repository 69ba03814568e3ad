package dev.promptly.ui.shell;

import dev.promptly.board.Board;
import dev.promptly.common.ChangeFeed;
import dev.promptly.people.Rep;
import dev.promptly.ui.shell.ShellViewModel.Screen;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the team store's change feed says, on the JavaFX thread: the screen on show loads again what others changed,
 * and while the server is out of reach the banner says so and the screens refuse changes.
 */
final class LiveRefresh implements LiveUpdates.Handler {

    private final Supplier<StoreScreens> screens;
    private final Supplier<Screen> shown;
    private final Supplier<Rep> user;
    private final Supplier<String> outage;
    private final Consumer<String> outageChanged;

    /**
     * @param outage        what the outage banner says now; empty while the server is in reach
     * @param outageChanged hears the banner's new words (empty when the server is back)
     */
    LiveRefresh(Supplier<StoreScreens> screens, Supplier<Screen> shown, Supplier<Rep> user, Supplier<String> outage,
                Consumer<String> outageChanged) {
        this.screens = screens;
        this.shown = shown;
        this.user = user;
        this.outage = outage;
        this.outageChanged = outageChanged;
    }

    @Override
    public void changed(ChangeFeed.Change change) {
        if (!outage.get().isEmpty() || user.get() == null) {
            return;
        }
        var queue = screens.get().queue();
        switch (shown.get()) {
            case QUEUE -> {
                if (queue.rep() != null && change.concerns(queue.rep().id())) {
                    queue.refresh(); // the rows and the open item's details, keeping filters and selection
                }
            }
            case BOARD -> refreshBoard(change);
            default -> {
                // The queue reloads when it is shown again; reports are summaries of past weeks.
            }
        }
    }

    private void refreshBoard(ChangeFeed.Change change) {
        var board = screens.get().board();
        Board onScreen = board.boardProperty().get();
        if (onScreen != null && !change.everything()
                && onScreen.reps().stream().noneMatch(row -> change.concerns(row.rep().id()))) {
            return;
        }
        var selected = board.selectedRepProperty().get();
        if (selected != null && change.concerns(selected.rep().id())) {
            board.refresh();
        } else {
            board.refreshFigures(); // keeps the lead's selection in the overdue list
        }
    }

    @Override
    public void lost(String banner, String refusal) {
        outageChanged.accept(banner);
        screens.get().queue().refuseWhileUnreachable(refusal);
        screens.get().board().refuseWhileUnreachable(refusal);
    }

    @Override
    public void restored() {
        outageChanged.accept("");
        StoreScreens now = screens.get();
        now.queue().refuseWhileUnreachable(null);
        now.board().refuseWhileUnreachable(null);
        // Whatever changed meanwhile was not heard: the screen on show loads again.
        switch (shown.get()) {
            case QUEUE -> now.queue().refresh();
            case BOARD -> now.board().refresh();
            case REPORTS -> now.reports().refresh();
            case TEAM -> now.team().refresh();
            default -> {
            }
        }
    }
}
