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
    /** Why the store cannot be used now (its server is out of reach); null when it can. */
    private String unreachable;

    /** @param reload loads the queue again after a failure that may come from an out-of-date row */
    QueueFeedback(DialogService dialogs, Runnable reload) {
        this.dialogs = dialogs;
        this.reload = reload;
    }

    void say(String text) {
        message.set(text);
    }

    /** See {@link QueueViewModel#refuseWhileUnreachable}. */
    void refuseWhileUnreachable(String why) {
        unreachable = why;
        if (why == null && message.get().startsWith("Cannot reach the team server")) {
            message.set(""); // the refusal of an action no longer holds
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
        message.set(unreachable);
        dialogs.showError("The team server is out of reach", unreachable);
        return true;
    }

    /** Says in words why a load or an action failed. */
    void failed(Throwable failure) {
        if (failure instanceof InvalidInputException || failure instanceof ConflictException) {
            message.set(failure.getMessage());
            dialogs.showError("That did not work", failure.getMessage());
            reload.run();
            return;
        }
        if (failure instanceof NotAllowedException) {
            // The team store's rules: the message names who the user is and what they may not do.
            message.set(TimeText.capitalized(failure.getMessage()) + ".");
            dialogs.showError("Not allowed", message.get());
            return;
        }
        if (failure instanceof UnavailableException) {
            // The server went out of reach during the action: in words, without the trace, as nothing was written.
            LOG.warn("Queue action failed: {}", failure.getMessage());
            message.set(TimeText.capitalized(failure.getMessage()) + ".");
            dialogs.showError("The team server is out of reach", message.get());
            return;
        }
        if (failure instanceof StoreException) {
            // A full disk, a read-only or damaged store: the message says what is wrong and that nothing was written.
            LOG.warn("Queue action failed: {}", failure.getMessage());
            message.set(TimeText.capitalized(failure.getMessage()) + ".");
            dialogs.showError("That did not work", message.get());
            return;
        }
        LOG.error("Queue action failed", failure);
        message.set("Something went wrong: " + failure.getMessage());
        dialogs.showError("Something went wrong", String.valueOf(failure.getMessage()));
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
