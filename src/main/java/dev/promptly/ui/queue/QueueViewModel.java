package dev.promptly.ui.queue;

import dev.promptly.common.ConflictException;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.NotAllowedException;
import dev.promptly.common.StoreException;
import dev.promptly.common.UnavailableException;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.imports.mail.InboxHistory;
import dev.promptly.items.ItemService;
import dev.promptly.items.NewItem;
import dev.promptly.people.Customer;
import dev.promptly.people.CustomerMatch;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import dev.promptly.sla.ItemState;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.NewItemForm;
import dev.promptly.ui.OutcomeWords;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rep's queue: their open items and what they finished today, filtered and searched in the background, kept
 * current by a periodic {@link #tick()}, and the actions they take on the selected item.
 */
public final class QueueViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(QueueViewModel.class);
    /** Up to this many rows, filtering takes well under a millisecond and runs on the calling thread. */
    private static final int FILTER_IN_PLACE_UP_TO = 2_000;

    private final ItemService items;
    private final InboxHistory inbox;
    private final PeopleService people;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private Rep rep;
    private Team team;
    private List<ItemRow> all = List.of();
    private final UrgencyNotices urgency = new UrgencyNotices();
    private long loadGeneration;
    private long filterGeneration;
    private LocalDate loadedDay;
    /** The item just added, to be selected once the queue shows it. */
    private long selectAdded = RowToSelect.NONE;
    /** The next filter shows a reload: a selected item gone from it gives its place to the row after it. */
    private boolean reloaded;
    /** Why the store cannot be used now (its server is out of reach); null when it can. */
    private String unreachable;

    private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final NoticeLog noticeLog;
    private final ObjectProperty<ItemKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(StateFilter.OPEN);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ItemRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<QueueFigures> figures = new ReadOnlyObjectWrapper<>(QueueFigures.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hiddenMatches = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper narrowed = new ReadOnlyBooleanWrapper();
    private final LastAction lastAction = new LastAction();
    private final QueueActions actions = new QueueActions();

    /** A row with its state as it was when a filter started, so the filter never reads a live property. */
    private record Filterable(ItemRow row, ItemState state) {
    }

    /** What a filter found: the rows to show, and the search's matches that the state filter hides. */
    private record Filtered(List<ItemRow> visible, HiddenMatches hidden) {
    }

    public QueueViewModel(ItemService items, PeopleService people, InboxHistory inbox, Clock clock,
                          TaskRunner tasks, DialogService dialogs) {
        this.inbox = inbox;
        this.items = items;
        this.people = people;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.noticeLog = new NoticeLog(clock);
        kindFilter.addListener((o, a, b) -> applyFilters());
        stateFilter.addListener((o, a, b) -> applyFilters());
        search.addListener((o, a, b) -> applyFilters());
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
        if (rep != null && (newRep == null || rep.id() != newRep.id())) {
            noticeLog.clear(); // the notices were about the previous rep's items
        }
        rep = newRep;
        team = null;
        all = List.of();
        selected.set(null); // no action may reach the previous rep's items while the new queue loads
        rows.clear();
        urgency.reset();
        lastAction.clear();
    }

    public Rep rep() {
        return rep;
    }

    public void refresh() {
        if (rep == null || unreachable != null) {
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
        noticeLog.keepOnly(loadedDay);
        announce();
        loading.set(false);
        reloaded = true;
        applyFilters();
    }

    /** Pops up the items that just became urgent, and keeps them in today's log. */
    private void announce() {
        List<Notice> news = urgency.newlyUrgent(all);
        if (!news.isEmpty() && team != null) {
            noticeLog.add(news, team.zone());
        }
        notices.addAll(news);
    }

    /**
     * Selects the item a notice is about. When a search or filter hides it, they are cleared so that it shows; an
     * item no longer in the queue (done by someone else since) leaves the selection as it is.
     */
    public void open(Notice notice) {
        ItemRow row = all.stream().filter(r -> r.id() == notice.itemId()).findFirst().orElse(null);
        if (row == null) {
            message.set("That item is no longer in your queue: " + notice.text());
            return;
        }
        if (!rows.contains(row)) {
            search.set("");
            kindFilter.set(null);
            stateFilter.set(StateFilter.ALL);
        }
        // Set after the filters: a filter that runs in the background keeps the selection by id when it ends.
        selected.set(row);
    }

    /**
     * While {@code why} is not null the team server is out of reach: the queue keeps what it last loaded, does not
     * reload, and refuses actions with {@code why}. Null again when the server is back (the caller then refreshes).
     */
    public void refuseWhileUnreachable(String why) {
        unreachable = why;
        if (why == null && message.get().startsWith("Cannot reach the team server")) {
            message.set(""); // the refusal of an action no longer holds
        }
    }

    /** True (and the user told why) when the server is out of reach, so nothing can be changed now. */
    private boolean refused() {
        if (unreachable == null) {
            return false;
        }
        message.set(unreachable);
        dialogs.showError("The team server is out of reach", unreachable);
        return true;
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
        announce();
        actions.update(selected.get());
        if (changed && stateFilter.get() != StateFilter.OPEN && stateFilter.get() != StateFilter.ALL) {
            applyFilters();
        }
    }

    /**
     * Filters in the background, so that typing stays smooth in a queue of any size; a small queue is filtered in
     * place, which saves a round trip through the background thread.
     */
    private void applyFilters() {
        long generation = ++filterGeneration;
        boolean keepPlace = reloaded;
        reloaded = false;
        List<Filterable> snapshot = all.stream().map(row -> new Filterable(row, row.getState())).toList();
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
            if (generation != filterGeneration) {
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
            actions.update(selected.get());
        };
        if (snapshot.size() <= FILTER_IN_PLACE_UP_TO) {
            show.accept(filter.get());
        } else {
            tasks.run(filter, show, this::failed);
        }
    }

    /** Empties the search; with no search, shows the open items of every kind again. */
    public void clearSearch() {
        if (search.get() != null && !search.get().isEmpty()) {
            search.set("");
        } else {
            kindFilter.set(null);
            stateFilter.set(StateFilter.OPEN);
        }
    }

    public void logAttempt() {
        withSelected(actions.logAttempt, row -> dialogs.chooseOutcome(row.title()).ifPresent(answer ->
                act(row, now -> new ItemAction.Attempt(now, answer.outcome(), answer.note()),
                        "Logged \u201c" + OutcomeWords.of(answer.outcome()) + "\u201d on the " + row.title())));
    }

    /** Adds a note to the selected item's history; it changes nothing else. */
    public void addNote() {
        withSelected(actions.addNote, row -> dialogs.askNote(row.title()).ifPresent(text ->
                act(row, now -> new ItemAction.Note(now, text), "Noted on the " + row.title())));
    }

    /** Edits the selected item's subject, due time or customer's details, each change kept in its history. */
    public void edit() {
        withSelected(actions.edit, row -> dialogs.askEdit(ItemEditing.form(row, clock.instant())).ifPresent(changes ->
                record(row, now -> items.edit(row.id(), row.item().version(), changes, now, me()),
                        item -> "Edited the " + row.title(), ItemEditing.undoable(row, changes))));
    }

    public void markReplied() {
        withSelected(actions.markReplied, row -> act(row, ItemAction.Reply::new, "Replied to the " + row.title()));
    }

    public void complete() {
        withSelected(actions.complete, row -> act(row, ItemAction.Complete::new, "Completed the " + row.title()));
    }

    public void tellCustomer() {
        withSelected(actions.tellCustomer, row -> dialogs.askDelay(row.title(), row.view().effectiveDueAt(),
                        row.view().team().zone(), clock.instant())
                .ifPresent(answer -> act(row, now -> new ItemAction.Delay(now, answer.until(), answer.note()),
                        item -> answer.until().equals(item.progress().promisedUntil())
                                ? "Told " + row.customer() + " it will take until "
                                        + TimeText.dayAndTime(answer.until(), row.view().team().zone())
                                : "Noted what you told " + row.customer() + "; it came after the due time, so the "
                                        + row.item().kind().label() + " stays overdue")));
    }

    public void escalate() {
        withSelected(actions.escalate, row -> {
            long me = rep.id();
            tasks.run(() -> new dev.promptly.board.Colleagues(items, people).except(java.util.Set.of(me), clock.instant()),
                    colleagues -> dialogs.askEscalation(row.title(), colleagues).ifPresent(answer -> act(row,
                            now -> new ItemAction.Transfer(EventType.ESCALATED, now, answer.to().id(), answer.reason()),
                            "Escalated the " + row.title() + " to " + answer.to().name())),
                    this::failed);
        });
    }

    public void reopen() {
        withSelected(actions.reopen, row -> act(row, now -> new ItemAction.Reopen(now, null), "Reopened the " + row.title()));
    }

    /** Asks for a new item and adds it to this rep's queue, received now or when the rep says it came in. */
    public void newItem() {
        if (rep == null || team == null || refused()) {
            return;
        }
        Rep owner = rep;
        NewItemForm form = new NewItemForm(team.zone(), clock.instant())
                .withSuggestions(tasks, typed -> people.suggestCustomers(typed, NewItemForm.SUGGESTIONS));
        dialogs.askNewItem(form).ifPresent(values -> tasks.run(
                () -> items.add(new NewItem(values.kind(), owner, values.chosen(), values.subject(),
                        values.priority(), values.received() == null ? clock.instant() : values.received(),
                        values.due(), values.requested(), NewItem.MANUAL, null)),
                item -> {
                    message.set("Added a " + values.kind().label() + " for " + values.customer());
                    selectAdded = item.id();
                    lastAction.clear();
                    refresh();
                },
                this::failed));
    }

    /** Takes back the last action, provided nobody changed the item since. */
    public void undo() {
        if (lastAction.availableProperty().get() && refused()) {
            return; // the undo stays offered for when the server is back
        }
        java.util.Optional<LastAction.Undoable> last = lastAction.take();
        if (last.isEmpty()) {
            message.set("Nothing to undo");
            return;
        }
        LastAction.Undoable action = last.get();
        tasks.run(() -> items.apply(action.itemId(), action.version(), new ItemAction.Undo(clock.instant()), me()),
                item -> {
                    message.set("Undid: " + ItemEditing.inSentence(action.description()));
                    refresh();
                },
                failure -> {
                    if (failure instanceof ConflictException) {
                        message.set("Nothing to undo: the item changed since you " + ItemEditing.inSentence(
                                action.description()));
                        refresh();
                    } else {
                        failed(failure);
                    }
                });
    }

    /**
     * Who acts: the user whose queue this is (their chosen profile); actions are recorded as theirs even on an item
     * another rep owned when it was shown.
     */
    private Long me() {
        return rep == null ? null : rep.id();
    }

    /** Runs {@code work} on the selected row if {@code allowed}: shortcuts obey the same rules as the buttons. */
    private void withSelected(BooleanProperty allowed, Consumer<ItemRow> work) {
        ItemRow row = selected.get();
        if (row != null && allowed.get() && !refused()) {
            work.accept(row);
        }
    }

    private void act(ItemRow row, Function<Instant, ItemAction> action, String description) {
        act(row, action, item -> description);
    }

    private void act(ItemRow row, Function<Instant, ItemAction> action, Function<Item, String> describe) {
        Long actor = me();
        record(row, now -> items.apply(row.id(), row.item().version(), action.apply(now), actor), describe, true);
    }

    /**
     * Runs {@code work} at the clock's now in the background, then says what was done and, if {@code undoable} (one
     * event that an undo takes back whole), offers it for undo; otherwise nothing is left to undo.
     */
    private void record(ItemRow row, Function<Instant, Item> work, Function<Item, String> describe,
                        boolean undoable) {
        Rep actingFor = rep;
        tasks.run(() -> work.apply(clock.instant()),
                (Item item) -> {
                    if (actingFor != rep) {
                        return; // the user moved on to another queue meanwhile
                    }
                    String description = describe.apply(item);
                    if (undoable) {
                        lastAction.offer(new LastAction.Undoable(item.id(), item.version(), description));
                    } else {
                        lastAction.clear();
                    }
                    message.set(description);
                    refresh();
                },
                this::failed);
    }

    private void failed(Throwable failure) {
        loading.set(false);
        if (failure instanceof InvalidInputException || failure instanceof ConflictException) {
            message.set(failure.getMessage());
            dialogs.showError("That did not work", failure.getMessage());
            refresh();
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

    public ObservableList<ItemRow> rows() {
        return rows;
    }

    public ObservableList<Notice> notices() {
        return notices;
    }

    /** Today's notices, kept after their pop-ups are gone. */
    public NoticeLog noticeLog() {
        return noticeLog;
    }

    public ObjectProperty<ItemKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<StateFilter> stateFilterProperty() {
        return stateFilter;
    }

    public StringProperty searchProperty() {
        return search;
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
        return message.getReadOnlyProperty();
    }

    /** The search's matches the state filter hides, in words ("2 more in Done today"); empty when none. */
    public ReadOnlyStringProperty hiddenMatchesProperty() {
        return hiddenMatches.getReadOnlyProperty();
    }

    /** True while a search or a filter narrows the queue, so an empty table means "no match", not "no work". */
    public ReadOnlyBooleanProperty narrowedProperty() {
        return narrowed.getReadOnlyProperty();
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
