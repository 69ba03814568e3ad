package dev.promptly.ui.queue;

import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.people.Customer;
import dev.promptly.people.Directory;
import dev.promptly.people.PeopleService;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The selected item's customer, due time explained, and history as a timeline; the history loads in the background. */
public final class DetailsViewModel {

    private final ItemService items;
    private final PeopleService people;
    private final Clock clock;
    private final TaskRunner tasks;

    private final ReadOnlyStringWrapper customer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper contact = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hotButtons = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dueExplanation = new ReadOnlyStringWrapper("");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private long generation;

    public DetailsViewModel(ItemService items, PeopleService people, Clock clock, TaskRunner tasks) {
        this.items = items;
        this.people = people;
        this.clock = clock;
        this.tasks = tasks;
    }

    public void show(ItemRow row) {
        long current = ++generation;
        if (row == null) {
            customer.set("");
            contact.set("");
            hotButtons.set("");
            dueExplanation.set("");
            timeline.clear();
            return;
        }
        Customer c = row.view().customer();
        customer.set(c == null ? "" : c.company() == null ? c.name() : c.name() + " · " + c.company());
        contact.set(c == null ? "" : List.of(nullToEmpty(c.phone()), nullToEmpty(c.email())).stream()
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("  ·  ")));
        hotButtons.set(c == null || c.hotButtons() == null ? "" : c.hotButtons());
        dueExplanation.set(DueExplanation.of(row.view()));
        long id = row.id();
        ItemKind kind = row.item().kind();
        ZoneId zone = row.view().team().zone();
        // Only the latest request may fill the timeline, whichever finishes first.
        tasks.run(() -> entries(id, kind, zone), entries -> {
            if (current == generation) {
                timeline.setAll(entries);
            }
        }, failure -> {
            if (current == generation) {
                timeline.clear();
            }
        });
    }

    private List<TimelineEntry> entries(long id, ItemKind kind, ZoneId zone) {
        Directory directory = people.directory();
        List<ItemEvent> events = items.history(id, clock.instant());
        Set<Long> undone = ItemEvent.undoneIds(events);
        return events.stream()
                .map(e -> new TimelineEntry(TimeText.dayAndTime(e.at(), zone), EventText.what(e, kind, directory, zone),
                        EventText.who(e, directory), undone.contains(e.id())))
                .toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public ReadOnlyStringProperty customerProperty() {
        return customer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contactProperty() {
        return contact.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hotButtonsProperty() {
        return hotButtons.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dueExplanationProperty() {
        return dueExplanation.getReadOnlyProperty();
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }
}
