package dev.promptly.ui.shell;

import dev.promptly.AppContext;
import dev.promptly.people.SignedIn;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.Settings;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.board.BoardViewModel;
import dev.promptly.ui.mail.MailboxViewModel;
import dev.promptly.ui.queue.DetailsViewModel;
import dev.promptly.ui.queue.QueueViewModel;
import dev.promptly.ui.reports.ReportsViewModel;
import dev.promptly.ui.team.TeamViewModel;
import java.time.Clock;

/** The screens' view models for one open store: each store opened in the window brings its own. */
record StoreScreens(QueueViewModel queue, DetailsViewModel details, BoardViewModel board, ReportsViewModel reports,
                    TeamViewModel team, MailboxViewModel mailbox) {

    /**
     * Makes the screens of {@code context} for {@code signedIn} (null on the single-user store); {@code showNewWork}
     * hears when a mailbox sync brought new work.
     */
    static StoreScreens of(AppContext context, SignedIn signedIn, Settings settings, Clock clock, TaskRunner tasks,
                           DialogService dialogs, Runnable showNewWork) {
        QueueViewModel queue = new QueueViewModel(context.items(), context.people(), context.inbox(), clock, tasks,
                dialogs);
        DetailsViewModel details = new DetailsViewModel(context.items(), context.people(), clock, tasks);
        BoardViewModel board = new BoardViewModel(context.board(), context.items(), context.people(), clock, tasks,
                dialogs);
        board.onTimeMinimum(settings.onTimeMinimum());
        ReportsViewModel reports = new ReportsViewModel(context.reports(), context.people(), clock, tasks, dialogs);
        TeamViewModel team = TeamScreen.model(context, tasks);
        MailboxViewModel mailbox = new MailboxViewModel(context.mailSync(), settings, clock, tasks, dialogs,
                showNewWork);
        boolean ownTeamOnly = signedIn != null && signedIn.seesOnlyOwnTeam();
        board.ownTeamOnly(ownTeamOnly);
        reports.ownTeamOnly(ownTeamOnly);
        return new StoreScreens(queue, details, board, reports, team, mailbox);
    }
}
