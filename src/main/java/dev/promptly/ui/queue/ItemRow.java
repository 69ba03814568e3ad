package dev.promptly.ui.queue;

import dev.promptly.items.Item;
import dev.promptly.items.ItemView;
import dev.promptly.people.CustomerMatch;
import dev.promptly.sla.ItemState;
import dev.promptly.ui.TimeText;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One row of the queue: an item as loaded, with its state and times kept current by {@link #refresh}. */
public final class ItemRow {

    private final ItemView view;
    private final ReadOnlyObjectWrapper<ItemState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper();

    public ItemRow(ItemView view, Instant now) {
        this.view = view;
        refresh(now);
    }

    /** Recomputes state and times for {@code now}; returns true when the state changed. */
    public boolean refresh(Instant now) {
        ItemState before = state.get();
        Item item = view.item();
        state.set(item.deadline().stateAt(now));
        age.set(TimeText.age(Duration.between(item.receivedAt(), now)));
        timeLeft.set(state.get().isOpen() ? TimeText.timeLeft(now, view.effectiveDueAt())
                : (state.get() == ItemState.DONE_ON_TIME ? "done on time" : "done late"));
        return before != null && before != state.get();
    }

    public ItemView view() {
        return view;
    }

    public Item item() {
        return view.item();
    }

    public long id() {
        return view.item().id();
    }

    public String customer() {
        return view.customer() == null ? "" : view.customer().name();
    }

    public String subject() {
        return view.item().subject();
    }

    /** A short name for dialogs and messages: "callback for Carla Diaz". */
    public String title() {
        return item().kind().label() + " for " + customer();
    }

    /** Whether the search finds this row: by its customer (name, company, email, phone) or its subject. */
    boolean matches(CustomerMatch search) {
        return search.isEmpty() || search.matches(view.customer()) || search.contains(subject());
    }

    public ItemState getState() {
        return state.get();
    }

    public ReadOnlyObjectProperty<ItemState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ageProperty() {
        return age.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }
}
