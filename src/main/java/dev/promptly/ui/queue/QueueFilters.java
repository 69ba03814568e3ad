package dev.promptly.ui.queue;

import dev.promptly.items.ItemKind;
import dev.promptly.people.CustomerMatch;
import dev.promptly.sla.ItemState;
import dev.promptly.ui.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The queue's search and filters: which loaded rows show, worked out in the background when there are many. */
final class QueueFilters {

    /** Up to this many rows, filtering takes well under a millisecond and runs on the calling thread. */
    private static final int FILTER_IN_PLACE_UP_TO = 2_000;

    private final TaskRunner tasks;
    private final Supplier<List<ItemRow>> all;
    private final ObjectProperty<ItemRow> selected;
    private final Runnable shown;
    private final Consumer<Throwable> failed;

    private long generation;
    /** The item just added, to be selected once the queue shows it. */
    private long selectAdded = RowToSelect.NONE;
    /** The next filter shows a reload: a selected item gone from it gives its place to the row after it. */
    private boolean reloaded;

    private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ItemKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(StateFilter.OPEN);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hiddenMatches = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper narrowed = new ReadOnlyBooleanWrapper();

    /** A row with its state as it was when a filter started, so the filter never reads a live property. */
    private record Filterable(ItemRow row, ItemState state) {
    }

    /** What a filter found: the rows to show, and the search's matches that the state filter hides. */
    private record Filtered(List<ItemRow> visible, HiddenMatches hidden) {
    }

    /**
     * @param all      the rows loaded, all of which the filters choose from
     * @param selected the selection, which the filters keep (or move to the row that took its place)
     * @param shown    told each time the filtered rows are shown
     */
    QueueFilters(TaskRunner tasks, Supplier<List<ItemRow>> all, ObjectProperty<ItemRow> selected, Runnable shown,
                 Consumer<Throwable> failed) {
        this.tasks = tasks;
        this.all = all;
        this.selected = selected;
        this.shown = shown;
        this.failed = failed;
        kindFilter.addListener((o, a, b) -> apply());
        stateFilter.addListener((o, a, b) -> apply());
        search.addListener((o, a, b) -> apply());
    }

    /** The next filter shows a reload of the same list, so the selection keeps its place. */
    void reloaded() {
        reloaded = true;
    }

    /** Selects item {@code id} once a filter shows it (an item just added). */
    void selectOnceShown(long id) {
        selectAdded = id;
    }

    /**
     * Filters in the background, so that typing stays smooth in a queue of any size; a small queue is filtered in
     * place, which saves a round trip through the background thread.
     */
    void apply() {
        long current = ++generation;
        boolean keepPlace = reloaded;
        reloaded = false;
        List<Filterable> snapshot = all.get().stream().map(row -> new Filterable(row, row.getState())).toList();
        ItemKind kind = kindFilter.get();
        StateFilter state = stateFilter.get() == null ? StateFilter.OPEN : stateFilter.get();
        CustomerMatch text = CustomerMatch.of(search.get());
        narrowed.set(!text.isEmpty() || kind != null || state != StateFilter.OPEN);
        // The search looks across every state, so that the rep learns of matches the state filter hides.
        Supplier<Filtered> filter = () -> {
            List<Filterable> found = snapshot.stream()
                    .filter(f -> kind == null || f.row().item().kind() == kind)
                    .filter(f -> f.row().matches(text))
                    .toList();
            List<ItemRow> visible = found.stream().filter(f -> state.accepts(f.state())).map(Filterable::row).toList();
            HiddenMatches hidden = text.isEmpty() ? HiddenMatches.NONE : HiddenMatches.of(found.stream()
                    .map(Filterable::state).filter(s -> !state.accepts(s)).toList());
            return new Filtered(visible, hidden);
        };
        Consumer<Filtered> show = result -> {
            if (current != generation) {
                return;
            }
            List<ItemRow> visible = result.visible();
            hiddenMatches.set(result.hidden().text());
            // Keep the selection the user has now, which may have changed while the filter ran; when its item left
            // on a reload, the row that took its place.
            ItemRow next = RowToSelect.after(List.copyOf(rows), selected.get(), selectAdded, visible, keepPlace);
            selectAdded = RowToSelect.NONE;
            rows.setAll(visible);
            selected.set(next);
            this.shown.run();
        };
        if (snapshot.size() <= FILTER_IN_PLACE_UP_TO) {
            show.accept(filter.get());
        } else {
            tasks.run(filter, show, failed);
        }
    }

    /** Empties the search; with no search, shows the open items of every kind again. */
    void clearSearch() {
        if (search.get() != null && !search.get().isEmpty()) {
            search.set("");
        } else {
            kindFilter.set(null);
            stateFilter.set(StateFilter.OPEN);
        }
    }

    /** No search, no kind, every state: each loaded row shows. */
    void showEverything() {
        search.set("");
        kindFilter.set(null);
        stateFilter.set(StateFilter.ALL);
    }

    /** True when the state filter shows a state that time alone changes (due soon, overdue…), not all or the open. */
    boolean followsTime() {
        return stateFilter.get() != StateFilter.OPEN && stateFilter.get() != StateFilter.ALL;
    }

    ObservableList<ItemRow> rows() {
        return rows;
    }

    ObjectProperty<ItemKind> kindFilterProperty() {
        return kindFilter;
    }

    ObjectProperty<StateFilter> stateFilterProperty() {
        return stateFilter;
    }

    StringProperty searchProperty() {
        return search;
    }

    ReadOnlyStringProperty hiddenMatchesProperty() {
        return hiddenMatches.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty narrowedProperty() {
        return narrowed.getReadOnlyProperty();
    }
}
