package dev.promptly.ui.queue;

import dev.promptly.items.ItemKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Which actions make sense for the selected row now: the buttons, menu items and shortcuts all follow it. */
public final class QueueActions {
    public final BooleanProperty logAttempt = new SimpleBooleanProperty();
    public final BooleanProperty markReplied = new SimpleBooleanProperty();
    public final BooleanProperty complete = new SimpleBooleanProperty();
    public final BooleanProperty tellCustomer = new SimpleBooleanProperty();
    public final BooleanProperty escalate = new SimpleBooleanProperty();
    public final BooleanProperty reopen = new SimpleBooleanProperty();
    public final BooleanProperty addNote = new SimpleBooleanProperty();
    public final BooleanProperty edit = new SimpleBooleanProperty();
    /** Adding an item: always, but while the team server is out of reach. */
    public final BooleanProperty newItem = new SimpleBooleanProperty(true);

    /** While the team server is out of reach nothing can be changed, so every action looks it (disabled). */
    private boolean unreachable;

    void unreachable(boolean now, ItemRow selected) {
        unreachable = now;
        newItem.set(!now);
        update(selected);
    }

    void update(ItemRow selected) {
        ItemRow row = unreachable ? null : selected;
        boolean open = row != null && row.getState().isOpen();
        ItemKind kind = row == null ? null : row.item().kind();
        logAttempt.set(open && kind != ItemKind.EMAIL);
        markReplied.set(open && kind == ItemKind.EMAIL);
        complete.set(open && kind != ItemKind.EMAIL);
        tellCustomer.set(open);
        escalate.set(open);
        reopen.set(row != null && !open);
        addNote.set(row != null);
        edit.set(row != null);
    }
}
