package dev.promptly.ui.queue;

import dev.promptly.common.ConflictException;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemService;
import dev.promptly.ui.TaskRunner;
import java.time.Clock;
import java.util.Optional;

/** Takes back the rep's last action in the background, provided nobody changed the item since. */
final class UndoLastAction {

    private final QueueViewModel queue;
    private final ItemService items;
    private final Clock clock;
    private final TaskRunner tasks;
    private final QueueFeedback feedback;
    private final LastAction lastAction;
    private final QueueFilters filters;

    UndoLastAction(QueueViewModel queue, ItemService items, Clock clock, TaskRunner tasks, QueueFeedback feedback,
                   LastAction lastAction, QueueFilters filters) {
        this.queue = queue;
        this.items = items;
        this.clock = clock;
        this.tasks = tasks;
        this.feedback = feedback;
        this.lastAction = lastAction;
        this.filters = filters;
    }

    void undo() {
        if (lastAction.availableProperty().get() && feedback.refused()) {
            return; // the undo stays offered for when the server is back
        }
        Optional<LastAction.Undoable> last = lastAction.take();
        if (last.isEmpty()) {
            feedback.say("Nothing to undo");
            return;
        }
        LastAction.Undoable action = last.get();
        tasks.run(() -> items.apply(action.itemId(), action.version(), new ItemAction.Undo(clock.instant()),
                        queue.me()),
                item -> {
                    feedback.say("Undid: " + ItemEditing.inSentence(action.description()));
                    // The rep goes on with the item just brought back, not with the row that took its place.
                    filters.selectOnceShown(action.itemId());
                    queue.refresh();
                },
                failure -> {
                    if (failure instanceof ConflictException) {
                        feedback.say("Nothing to undo: the item changed since you " + ItemEditing.inSentence(
                                action.description()));
                        queue.refresh();
                    } else {
                        queue.failed(failure);
                    }
                });
    }
}
