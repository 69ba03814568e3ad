package dev.promptly.ui.queue;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The action that can still be undone, if any: the item, the version it left behind (so an undo is refused once
 * anyone changed the item since), and what it was, for the message. It stays offered for as long as nothing newer
 * was done: the user's next action replaces it, and a newer event on the item (by anyone) withdraws it. It is kept
 * for this session only.
 */
final class LastAction {

    record Undoable(long itemId, int version, String description) {
    }

    private Undoable current;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper offers = new ReadOnlyLongWrapper();

    /** Offers {@code action} for undo, replacing any earlier one; each offer gets a window of its own. */
    void offer(Undoable action) {
        current = action;
        available.set(true);
        offers.set(offers.get() + 1);
    }

    /** The action to undo, which is then no longer offered. */
    Optional<Undoable> take() {
        Optional<Undoable> taken = Optional.ofNullable(current);
        clear();
        return taken;
    }

    /** Withdraws the offer if it is about {@code itemId} and that item has moved past the version it left. */
    void keepOnlyIfCurrent(long itemId, int version) {
        if (current != null && current.itemId() == itemId && current.version() != version) {
            clear();
        }
    }

    void clear() {
        current = null;
        available.set(false);
    }

    ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Counts offers, so the view restarts the undo window for each one. */
    ReadOnlyLongProperty offersProperty() {
        return offers.getReadOnlyProperty();
    }
}
