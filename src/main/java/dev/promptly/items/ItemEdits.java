package dev.promptly.items;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Require;
import dev.promptly.people.Customer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Turns requested changes into one edit per field that differs, and says what an edit leaves behind. */
final class ItemEdits {

    private ItemEdits() {
    }

    /** The edits {@code changes} make to {@code item} and its {@code customer}, in a fixed order. */
    static List<ItemAction.Edit> of(Item item, Customer customer, ItemChanges changes, Instant at,
                                    UnaryOperator<Instant> dueSoonFor) {
        List<ItemAction.Edit> edits = new ArrayList<>();
        add(edits, at, EditedField.SUBJECT, item.subject(), changes.subject());
        if (changes.due() != null && !changes.due().equals(item.dueAt())) {
            edits.add(ItemAction.Edit.due(at, item.dueAt(), changes.due(), dueSoonFor.apply(changes.due())));
        }
        add(edits, at, EditedField.CUSTOMER_NAME, customer.name(), changes.customerName());
        add(edits, at, EditedField.PHONE, customer.phone(), changes.phone());
        add(edits, at, EditedField.EMAIL, customer.email(), changes.email());
        add(edits, at, EditedField.COMPANY, customer.company(), changes.company());
        return edits;
    }

    private static void add(List<ItemAction.Edit> edits, Instant at, EditedField field, String now, String wanted) {
        if (wanted != null && !Objects.equals(Require.optionalText(wanted), now)) {
            edits.add(new ItemAction.Edit(at, field, now, wanted, null, null));
        }
    }

    /** {@code customer} with {@code field} set to {@code value}. */
    static Customer changed(Customer customer, EditedField field, String value) {
        return switch (field) {
            case CUSTOMER_NAME -> new Customer(customer.id(), value, customer.company(), customer.phone(),
                    customer.email(), customer.hotButtons());
            case PHONE -> new Customer(customer.id(), customer.name(), customer.company(), value, customer.email(),
                    customer.hotButtons());
            case EMAIL -> new Customer(customer.id(), customer.name(), customer.company(), customer.phone(), value,
                    customer.hotButtons());
            case COMPANY -> new Customer(customer.id(), customer.name(), value, customer.phone(), customer.email(),
                    customer.hotButtons());
            case SUBJECT, DUE -> throw new IllegalArgumentException(field + " is not the customer's");
        };
    }

    /**
     * {@code item}'s subject after {@code event}: the new one after an edit of it, the old one again after the undo
     * of such an edit, else as it was. The stored subject is the latest one; the history keeps every change.
     */
    static Item subjectAfter(Item item, ItemEvent event, List<ItemEvent> history) {
        if (event.type() == EventType.EDITED && event.field() == EditedField.SUBJECT) {
            return item.withSubject(event.newValue());
        }
        if (event.type() == EventType.UNDONE) {
            return history.stream()
                    .filter(e -> e.id() == event.undoesEventId() && e.field() == EditedField.SUBJECT)
                    .findFirst()
                    .map(undone -> item.withSubject(undone.oldValue()))
                    .orElse(item);
        }
        return item;
    }

    /**
     * {@code item}'s subject as it stood after {@code upTo}, the first events of its whole {@code history}: the
     * subject it was created with (the one its first subject edit replaced, else the stored one), then each subject
     * edit and undo up to then.
     */
    static Item subjectAt(Item item, List<ItemEvent> history, List<ItemEvent> upTo) {
        String created = history.stream()
                .filter(e -> e.type() == EventType.EDITED && e.field() == EditedField.SUBJECT)
                .findFirst()
                .map(ItemEvent::oldValue)
                .orElse(item.subject());
        Item asItStood = item.withSubject(created);
        for (ItemEvent event : upTo) {
            asItStood = subjectAfter(asItStood, event, upTo);
        }
        return asItStood;
    }

    /**
     * The events of the latest action in {@code history} that still counts, latest first, if it is an edit: one
     * {@code edited} event per field, all at one instant by one person. None if that action is anything else.
     */
    static List<ItemEvent> latestEdit(List<ItemEvent> history) {
        Set<Long> undone = ItemEvent.undoneIds(history);
        List<ItemEvent> edit = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            ItemEvent event = history.get(i);
            if (event.type() == EventType.UNDONE || undone.contains(event.id())) {
                continue;
            }
            boolean sameEdit = event.type() == EventType.EDITED && (edit.isEmpty()
                    || event.at().equals(edit.get(0).at()) && Objects.equals(event.actorId(), edit.get(0).actorId()));
            if (!sameEdit) {
                break;
            }
            edit.add(event);
        }
        return edit;
    }

    /**
     * {@code customer} with the field {@code edit} changed back to what it was, refused if it no longer holds what
     * the edit set: someone changed it since, maybe through another of the customer's items.
     */
    static Customer restored(Customer customer, ItemEvent edit) {
        String now = switch (edit.field()) {
            case CUSTOMER_NAME -> customer.name();
            case PHONE -> customer.phone();
            case EMAIL -> customer.email();
            case COMPANY -> customer.company();
            case SUBJECT, DUE -> throw new IllegalArgumentException(edit.field() + " is not the customer's");
        };
        if (!Objects.equals(now, edit.newValue())) {
            throw new InvalidInputException("the customer's " + edit.field().words().toLowerCase(Locale.ROOT)
                    + " was changed since, to " + (now == null ? "nothing" : now) + "; edit it back instead");
        }
        return changed(customer, edit.field(), edit.oldValue());
    }
}
