package dev.promptly.ui.queue;

import dev.promptly.imports.mail.InboxHistory;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A rep's queue: their open items and what they finished today, loaded in the background (only the latest load
 * shows), kept current by a periodic {@link #tick()}. The filters are {@link QueueFilters}'s, the actions on the
 * selected item {@link SelectedItemActions}' and {@link UndoLastAction}'s, the notices {@link QueueNotices}' and
 * what the user is told {@link QueueFeedback}'s.
 */
public final class QueueViewModel {

    private final ItemService items;
    private final InboxHistory inbox;
    private final PeopleService people;
    private final Clock clock;
    private final TaskRunner tasks;

    private Rep rep;
    private Team team;
    private List<ItemRow> all = List.of();
    private long loadGeneration;
    private LocalDate loadedDay;

    private final ObjectProperty<ItemRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<QueueFigures> figures = new ReadOnlyObjectWrapper<>(QueueFigures.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final LastAction lastAction = new LastAction();
    private final QueueActions actions = new QueueActions();
    private final QueueNotices notices;
    private final QueueFeedback feedback;
    private final QueueFilters filters;
    private final SelectedItemActions act;
    private final UndoLastAction undo;

    public QueueViewModel(ItemService items, PeopleService people, InboxHistory inbox, Clock clock,
                          TaskRunner tasks, DialogService dialogs) {
        this.inbox = inbox;
        this.items = items;
        this.people = people;
        this.clock = clock;
        this.tasks = tasks;
        this.notices = new QueueNotices(clock);
        this.feedback = new QueueFeedback(dialogs, this::refresh);
        this.filters = new QueueFilters(tasks, () -> all, selected, () -> actions.update(selected.get()),
                this::failed);
        this.act = new SelectedItemActions(this, items, people, clock, tasks, dialogs, feedback, lastAction, filters);
        this.undo = new UndoLastAction(this, items, clock, tasks, feedback, lastAction, filters);
        selected.addListener((o, a, b) -> actions.update(b));
    }

    /** Shows {@code rep}'s queue, loading it in the background. */
    public void show(Rep newRep) {
        switchTo(newRep);
        refresh();
    }

    /** Shows a rep's queue as already read, as at start-up, when it was read while the window was being made. */
    public void show(QueueSnapshot snapshot) {
        switchTo(snapshot.rep());
        ++loadGeneration;
        loaded(snapshot);
    }

    private void switchTo(Rep newRep) {
        notices.startOver(rep != null && (newRep == null || rep.id() != newRep.id()));
        rep = newRep;
        team = null;
        all = List.of();
        selected.set(null); // no action may reach the previous rep's items while the new queue loads
        filters.rows().clear();
        lastAction.clear();
    }

    public Rep rep() {
        return rep;
    }

    public void refresh() {
        if (rep == null || feedback.unreachable()) {
            return; // what was last loaded stays on screen until the server is back
        }
        Rep owner = rep;
        long generation = ++loadGeneration;
        loading.set(true);
        // Only the latest load may show its result: an older one finishing late would bring back old versions.
        tasks.run(() -> QueueSnapshot.read(items, people, inbox, owner, clock.instant()), loaded -> {
            if (generation == loadGeneration) {
                loaded(loaded);
            }
        }, failure -> {
            if (generation == loadGeneration) {
                failed(failure);
            }
        });
    }

    private void loaded(QueueSnapshot result) {
        team = result.team();
        loadedDay = result.day();
        all = result.rows();
        figures.set(result.figures());
        // An undo is offered only while the item is as this user left it; a newer event by anyone ends it.
        all.forEach(row -> lastAction.keepOnlyIfCurrent(row.id(), row.item().version()));
        notices.loadedFor(loadedDay);
        notices.announce(all, team);
        loading.set(false);
        feedback.loaded();
        filters.reloaded();
        filters.apply();
    }

    /**
     * Selects the item a notice is about. When a search or filter hides it, they are cleared so that it shows; an
     * item no longer in the queue (done by someone else since) leaves the selection as it is.
     */
    public void open(Notice notice) {
        ItemRow row = all.stream().filter(r -> r.id() == notice.itemId()).findFirst().orElse(null);
        if (row == null) {
            feedback.say("That item is no longer in your queue: " + notice.text());
            return;
        }
        if (!filters.rows().contains(row)) {
            filters.showEverything();
        }
        // Set after the filters: a filter that runs in the background keeps the selection by id when it ends.
        selected.set(row);
    }

    /**
     * While {@code why} is not null the team server is out of reach: the queue keeps what it last loaded, does not
     * reload, and refuses actions with {@code why}. Null again when the server is back (the caller then refreshes).
     */
    public void refuseWhileUnreachable(String why) {
        feedback.refuseWhileUnreachable(why);
        actions.unreachable(why != null, selected.get());
    }

    /** Brings every row's state and times up to the clock, and announces items that just became urgent. */
    public void tick() {
        Instant now = clock.instant();
        if (team != null && !now.atZone(team.zone()).toLocalDate().equals(loadedDay)) {
            refresh(); // a new day: "done today" and "answered today" start again
            return;
        }
        boolean changed = false;
        for (ItemRow row : all) {
            changed |= row.refresh(now);
        }
        if (team != null) {
            // The synced inbox stays as the last load found it until the next load.
            figures.set(QueueFigures.of(all, now, team.zone(), figures.get().synced()));
        }
        notices.announce(all, team);
        actions.update(selected.get());
        if (changed && filters.followsTime()) {
            filters.apply();
        }
    }

    /** Empties the search; with no search, shows the open items of every kind again. */
    public void clearSearch() {
        filters.clearSearch();
    }

    public void logAttempt() {
        act.logAttempt();
    }

    /** Adds a note to the selected item's history; it changes nothing else. */
    public void addNote() {
        act.addNote();
    }

    /** Edits the selected item's subject, due time or customer's details, each change kept in its history. */
    public void edit() {
        act.edit();
    }

    public void markReplied() {
        act.markReplied();
    }

    public void complete() {
        act.complete();
    }

    public void tellCustomer() {
        act.tellCustomer();
    }

    public void escalate() {
        act.escalate();
    }

    public void reopen() {
        act.reopen();
    }

    /** Asks for a new item and adds it to this rep's queue, received now or when the rep says it came in. */
    public void newItem() {
        act.newItem();
    }

    /** Takes back the last action, provided nobody changed the item since. */
    public void undo() {
        undo.undo();
    }

    /**
     * Who acts: the user whose queue this is (their chosen profile); actions are recorded as theirs even on an item
     * another rep owned when it was shown.
     */
    Long me() {
        return rep == null ? null : rep.id();
    }

    /** The row of item {@code id} as last loaded, or {@code fallback} when it is not in the queue. */
    ItemRow loadedRow(long id, ItemRow fallback) {
        return all.stream().filter(r -> r.id() == id).findFirst().orElse(fallback);
    }

    /** A load or an action failed: the queue stops loading and says why. */
    void failed(Throwable failure) {
        loading.set(false);
        feedback.failed(failure);
    }

    public ObservableList<ItemRow> rows() {
        return filters.rows();
    }

    public ObservableList<Notice> notices() {
        return notices.popUps();
    }

    /** Today's notices, kept after their pop-ups are gone. */
    public NoticeLog noticeLog() {
        return notices.log();
    }

    public ObjectProperty<ItemKind> kindFilterProperty() {
        return filters.kindFilterProperty();
    }

    public ObjectProperty<StateFilter> stateFilterProperty() {
        return filters.stateFilterProperty();
    }

    public StringProperty searchProperty() {
        return filters.searchProperty();
    }

    public ObjectProperty<ItemRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<QueueFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    /** The search's matches the state filter hides, in words ("2 more in Done today"); empty when none. */
    public ReadOnlyStringProperty hiddenMatchesProperty() {
        return filters.hiddenMatchesProperty();
    }

    /** True while a search or a filter narrows the queue, so an empty table means "no match", not "no work". */
    public ReadOnlyBooleanProperty narrowedProperty() {
        return filters.narrowedProperty();
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return lastAction.availableProperty();
    }

    public ReadOnlyLongProperty undoableActionsProperty() {
        return lastAction.offersProperty();
    }

    public QueueActions actions() {
        return actions;
    }

    /** The rep's team, once the queue has loaded. */
    public Team team() {
        return team;
    }
}
