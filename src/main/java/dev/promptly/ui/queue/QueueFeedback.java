package dev.promptly.ui.queue;

import dev.promptly.common.ConflictException;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.NotAllowedException;
import dev.promptly.common.StoreException;
import dev.promptly.common.UnavailableException;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.TimeText;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the queue tells the user: what their last action did, why it failed, and that the server is out of reach. */
final class QueueFeedback {

    private static final Logger LOG = LoggerFactory.getLogger(QueueViewModel.class);

    private final DialogService dialogs;
    private final Runnable reload;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Said when what the user typed could not be written but is offered again. */
    static final String KEPT = " What you typed is kept: the dialog opens again, so you can send it once more.";
    /** In the window an item's id means nothing: the user sees the item, changed, in the queue. */
    static final String CHANGED_MEANWHILE = "Someone else changed this item meanwhile (the queue now shows it as it "
            + "is); nothing was written.";
    /** The store's words name its connection pool; the user needs to know what it means for them. */
    static final String NOT_REACHED = "Cannot reach the team server just now, so nothing was written. Try again in a "
            + "moment.";

    /** Why the store cannot be used now (its server is out of reach); null when it can. */
    private String unreachable;
    /** What the message line says is a failure (not what an action did), to go once things work again. */
    private boolean problemShown;
    /** ... and that failure was the server out of reach: a load that works shows it is back. */
    private boolean connectionProblem;

    /** @param reload loads the queue again after a failure that may come from an out-of-date row */
    QueueFeedback(DialogService dialogs, Runnable reload) {
        this.dialogs = dialogs;
        this.reload = reload;
    }

    void say(String text) {
        message.set(text);
        problemShown = false;
        connectionProblem = false;
    }

    private void problem(String text, boolean connection) {
        message.set(text);
        problemShown = true;
        connectionProblem = connection;
    }

    /** The queue loaded: a line saying the server was out of reach no longer holds. */
    void loaded() {
        if (connectionProblem) {
            say("");
        }
    }

    /** See {@link QueueViewModel#refuseWhileUnreachable}. */
    void refuseWhileUnreachable(String why) {
        unreachable = why;
        if (why == null && problemShown) {
            say(""); // the server is back: the refusal, or the failure, of an earlier action no longer holds
        }
    }

    /** True while the server is out of reach: the queue keeps what it has and does not reload. */
    boolean unreachable() {
        return unreachable != null;
    }

    /** True (and the user told why) when the server is out of reach, so nothing can be changed now. */
    boolean refused() {
        if (unreachable == null) {
            return false;
        }
        problem(unreachable, true);
        dialogs.showError("The team server is out of reach", unreachable);
        return true;
    }

    /** Says in words why a load or an action failed. */
    void failed(Throwable failure) {
        failed(failure, "");
    }

    /**
     * As {@link #failed(Throwable)}, for an action whose typed text is offered again: the alert says it is kept.
     * Only for a server out of reach or an item changed meanwhile; true when {@code failure} is one of those.
     */
    boolean failedKeepingTyped(Throwable failure) {
        if (!(failure instanceof UnavailableException || failure instanceof ConflictException)) {
            failed(failure);
            return false;
        }
        failed(failure, KEPT);
        return true;
    }

    private void failed(Throwable failure, String kept) {
        if (failure instanceof ConflictException) {
            LOG.info("Queue action refused: {}", failure.getMessage());
            problem(CHANGED_MEANWHILE, false);
            reload.run();
            dialogs.showError("Changed meanwhile", CHANGED_MEANWHILE + kept);
            return;
        }
        if (failure instanceof InvalidInputException) {
            problem(failure.getMessage(), false);
            dialogs.showError("That did not work", failure.getMessage());
            reload.run();
            return;
        }
        if (failure instanceof NotAllowedException) {
            // The team store's rules: the message names who the user is and what they may not do.
            problem(TimeText.capitalized(failure.getMessage()) + ".", false);
            dialogs.showError("Not allowed", message.get());
            return;
        }
        if (failure instanceof UnavailableException) {
            // The server went out of reach during the action: in words, without the trace, as nothing was written.
            LOG.warn("Queue action failed: {}", failure.getMessage());
            problem(NOT_REACHED, true);
            dialogs.showError("The team server is out of reach", NOT_REACHED + kept);
            return;
        }
        if (failure instanceof StoreException) {
            // A full disk, a read-only or damaged store: the message says what is wrong and that nothing was written.
            LOG.warn("Queue action failed: {}", failure.getMessage());
            problem(TimeText.capitalized(failure.getMessage()) + ".", false);
            dialogs.showError("That did not work", message.get());
            return;
        }
        LOG.error("Queue action failed", failure);
        problem("Something went wrong: " + failure.getMessage(), false);
        dialogs.showError("Something went wrong", String.valueOf(failure.getMessage()));
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
