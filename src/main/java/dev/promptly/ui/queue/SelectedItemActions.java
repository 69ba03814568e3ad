package dev.promptly.ui.queue;

import dev.promptly.board.Colleague;
import dev.promptly.board.Colleagues;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemChanges;
import dev.promptly.items.ItemService;
import dev.promptly.items.NewItem;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.NewItemForm;
import dev.promptly.ui.OutcomeWords;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;

/**
 * What the rep does to the selected item (and adding a new one): asked for through the dialogs, written in the
 * background at the clock's now, said in the queue's message and offered for undo.
 */
final class SelectedItemActions {

    private final QueueViewModel queue;
    private final ItemService items;
    private final PeopleService people;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final QueueFeedback feedback;
    private final LastAction lastAction;
    private final QueueFilters filters;

    SelectedItemActions(QueueViewModel queue, ItemService items, PeopleService people, Clock clock, TaskRunner tasks,
                        DialogService dialogs, QueueFeedback feedback, LastAction lastAction, QueueFilters filters) {
        this.queue = queue;
        this.items = items;
        this.people = people;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.feedback = feedback;
        this.lastAction = lastAction;
        this.filters = filters;
    }

    void logAttempt() {
        withSelected(allowed().logAttempt, row -> dialogs.chooseOutcome(row.title()).ifPresent(answer ->
                attempt(row, answer)));
    }

    /** Logs {@code answer}; when it cannot be written, the dialog comes back as it was answered. */
    private void attempt(ItemRow row, DialogService.AttemptAnswer answer) {
        Long actor = queue.me();
        record(row, now -> items.apply(row.id(), row.item().version(),
                        new ItemAction.Attempt(now, answer.outcome(), answer.note()), actor),
                item -> "Logged \u201c" + OutcomeWords.of(answer.outcome()) + "\u201d on the " + row.title(),
                () -> dialogs.chooseOutcome(row.title(), answer).ifPresent(again ->
                        attempt(queue.loadedRow(row.id(), row), again)));
    }

    void addNote() {
        withSelected(allowed().addNote, row -> dialogs.askNote(row.title()).ifPresent(text -> note(row, text)));
    }

    /** Adds {@code text}; when it cannot be written, the dialog comes back with the text in it. */
    private void note(ItemRow row, String text) {
        Long actor = queue.me();
        record(row, now -> items.apply(row.id(), row.item().version(), new ItemAction.Note(now, text), actor),
                item -> "Noted on the " + row.title(),
                () -> dialogs.askNote(row.title(), text).ifPresent(again -> note(queue.loadedRow(row.id(), row),
                        again)));
    }

    void edit() {
        withSelected(allowed().edit, row -> dialogs.askEdit(ItemEditing.form(row, clock.instant())).ifPresent(changes ->
                edit(row, changes)));
    }

    /** Makes {@code changes}; when they cannot be written, the dialog comes back as the user left it. */
    private void edit(ItemRow row, ItemChanges changes) {
        record(row, now -> items.edit(row.id(), row.item().version(), changes, now, queue.me()),
                item -> "Edited the " + row.title(),
                () -> {
                    ItemRow shown = queue.loadedRow(row.id(), row);
                    dialogs.askEdit(ItemEditing.form(shown, clock.instant()), changes).ifPresent(again ->
                            edit(queue.loadedRow(row.id(), shown), again));
                });
    }

    void markReplied() {
        withSelected(allowed().markReplied, row -> act(row, ItemAction.Reply::new, "Replied to the " + row.title()));
    }

    void complete() {
        withSelected(allowed().complete, row -> act(row, ItemAction.Complete::new, "Completed the " + row.title()));
    }

    void tellCustomer() {
        withSelected(allowed().tellCustomer, row -> dialogs.askDelay(row.title(), row.view().effectiveDueAt(),
                        row.view().team().zone(), clock.instant())
                .ifPresent(answer -> tell(row, answer)));
    }

    /** Records what the customer was told; when it cannot be written, the dialog comes back as it was answered. */
    private void tell(ItemRow row, DialogService.DelayAnswer answer) {
        act(row, now -> new ItemAction.Delay(now, answer.until(), answer.note()),
                item -> answer.until().equals(item.progress().promisedUntil())
                        ? "Told " + row.customer() + " it will take until "
                                + TimeText.dayAndTime(answer.until(), row.view().team().zone())
                        : "Noted what you told " + row.customer() + "; it came after the due time, so the "
                                + row.item().kind().label() + " stays overdue",
                () -> {
                    ItemRow shown = queue.loadedRow(row.id(), row);
                    dialogs.askDelay(shown.title(), shown.view().effectiveDueAt(), shown.view().team().zone(),
                            clock.instant(), answer).ifPresent(again -> tell(queue.loadedRow(row.id(), shown), again));
                });
    }

    void escalate() {
        withSelected(allowed().escalate, row -> {
            long me = queue.rep().id();
            long myTeam = queue.rep().teamId();
            tasks.run(() -> new Colleagues(items, people).except(Set.of(me), myTeam, clock.instant()),
                    colleagues -> dialogs.askEscalation(row.title(), colleagues).ifPresent(answer ->
                            escalate(row, colleagues, answer)),
                    queue::failed);
        });
    }

    /**
     * Hands the item over; when it cannot be written, the dialog comes back as it was answered, with the colleagues
     * as listed before (the server may still be out of reach, so they are not asked for again).
     */
    private void escalate(ItemRow row, List<Colleague> colleagues, DialogService.EscalationAnswer answer) {
        act(row, now -> new ItemAction.Transfer(EventType.ESCALATED, now, answer.to().id(), answer.reason()),
                item -> "Escalated the " + row.title() + " to " + answer.to().name(),
                () -> dialogs.askEscalation(row.title(), colleagues, answer).ifPresent(again ->
                        escalate(queue.loadedRow(row.id(), row), colleagues, again)));
    }

    void reopen() {
        withSelected(allowed().reopen, row -> act(row, now -> new ItemAction.Reopen(now, null),
                "Reopened the " + row.title()));
    }

    /** Asks for a new item and adds it to this rep's queue, received now or when the rep says it came in. */
    void newItem() {
        Rep owner = queue.rep();
        if (owner == null || queue.team() == null || feedback.refused()) {
            return;
        }
        NewItemForm form = new NewItemForm(queue.team().zone(), clock.instant())
                .withSuggestions(tasks, typed -> people.suggestCustomers(typed, NewItemForm.SUGGESTIONS));
        dialogs.askNewItem(form).ifPresent(values -> add(owner, form, values));
    }

    /** Adds the item; when it cannot be written, the dialog comes back as the user left it. */
    private void add(Rep owner, NewItemForm form, NewItemForm.Values values) {
        tasks.run(
                () -> items.add(new NewItem(values.kind(), owner, values.chosen(), values.subject(),
                        values.priority(), values.received() == null ? clock.instant() : values.received(),
                        values.due(), values.requested(), NewItem.MANUAL, null)),
                item -> {
                    feedback.say("Added a " + values.kind().label() + " for " + values.customer());
                    filters.selectOnceShown(item.id());
                    lastAction.clear();
                    queue.refresh();
                },
                failure -> {
                    if (feedback.failedKeepingTyped(failure)) {
                        dialogs.askNewItemAgain(form).ifPresent(again -> add(owner, form, again));
                    }
                });
    }

    private QueueActions allowed() {
        return queue.actions();
    }

    /** Runs {@code work} on the selected row if {@code allowed}: shortcuts obey the same rules as the buttons. */
    private void withSelected(BooleanProperty allowed, Consumer<ItemRow> work) {
        ItemRow row = queue.selectedProperty().get();
        // Refused first, in words: while the server is out of reach (the buttons are disabled then).
        if (row != null && !feedback.refused() && allowed.get()) {
            work.accept(row);
        }
    }

    private void act(ItemRow row, Function<Instant, ItemAction> action, String description) {
        act(row, action, item -> description);
    }

    private void act(ItemRow row, Function<Instant, ItemAction> action, Function<Item, String> describe) {
        act(row, action, describe, null);
    }

    /** As above; {@code askAgain} as in {@link #record(ItemRow, Function, Function, Runnable)}. */
    private void act(ItemRow row, Function<Instant, ItemAction> action, Function<Item, String> describe,
                     Runnable askAgain) {
        Long actor = queue.me();
        record(row, now -> items.apply(row.id(), row.item().version(), action.apply(now), actor), describe,
                askAgain);
    }

    /** Runs {@code work} at the clock's now in the background, then says what was done and offers it for undo. */
    private void record(ItemRow row, Function<Instant, Item> work, Function<Item, String> describe) {
        record(row, work, describe, null);
    }

    /**
     * As above; when the work fails because the server is out of reach or the item changed meanwhile, {@code askAgain}
     * (when not null) offers the dialog again with what the user typed, so it is not lost.
     */
    private void record(ItemRow row, Function<Instant, Item> work, Function<Item, String> describe,
                        Runnable askAgain) {
        Rep actingFor = queue.rep();
        tasks.run(() -> work.apply(clock.instant()),
                (Item item) -> {
                    if (actingFor != queue.rep()) {
                        return; // the user moved on to another queue meanwhile
                    }
                    String description = describe.apply(item);
                    lastAction.offer(new LastAction.Undoable(item.id(), item.version(), description));
                    feedback.say(description);
                    queue.refresh();
                },
                failure -> {
                    if (askAgain == null) {
                        queue.failed(failure);
                    } else if (feedback.failedKeepingTyped(failure)) {
                        askAgain.run();
                    }
                });
    }
}
