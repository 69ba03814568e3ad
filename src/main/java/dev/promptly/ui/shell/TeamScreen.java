package dev.promptly.ui.shell;

import dev.promptly.AppContext;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.team.TeamViewModel;

/** Wires the Team screen's view model to an opened store, keeping that out of the shell's own classes. */
final class TeamScreen {

    private TeamScreen() {
    }

    static TeamViewModel model(AppContext context, TaskRunner tasks) {
        return new TeamViewModel(context.teamSetup(), context.people(), tasks);
    }
}
