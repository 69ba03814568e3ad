package dev.promptly.ui.queue;

import dev.promptly.common.Require;
import dev.promptly.items.Item;
import dev.promptly.items.ItemChanges;
import dev.promptly.people.Customer;
import dev.promptly.ui.EditForm;
import java.time.Instant;
import java.util.Locale;

/** What the Edit dialog starts from for a row, and the words of the queue's notes, edits and undo. */
final class ItemEditing {

    private ItemEditing() {
    }

    /**
     * The row's item and customer as shown; its due time only where it may be edited (a commitment or follow-up,
     * open and not yet overdue at {@code now}, see docs/metrics.md "Edits").
     */
    static EditForm form(ItemRow row, Instant now) {
        Item item = row.item();
        boolean dueEditable = !item.kind().isDueByTarget() && item.progress().isOpen()
                && !now.isAfter(item.deadline().effectiveDueAt());
        Customer customer = row.view().customer();
        return new EditForm(row.title(), item.subject(), dueEditable ? item.dueAt() : null,
                customer == null ? null : customer.name(), customer == null ? null : customer.phone(),
                customer == null ? null : customer.email(), customer == null ? null : customer.company(),
                row.view().team().zone(), now);
    }

    /**
     * Whether an undo can take back the whole edit: it changes one field, the subject or the due time. (An undo takes
     * back one event, and a customer's details are not undone.)
     */
    static boolean undoable(ItemRow row, ItemChanges changes) {
        Customer customer = row.view().customer();
        boolean subject = differs(row.item().subject(), changes.subject());
        boolean due = changes.due() != null && !changes.due().equals(row.item().dueAt());
        boolean customers = customer == null || differs(customer.name(), changes.customerName())
                || differs(customer.phone(), changes.phone()) || differs(customer.email(), changes.email())
                || differs(customer.company(), changes.company());
        return !customers && subject != due;
    }

    private static boolean differs(String now, String wanted) {
        return wanted != null && !java.util.Objects.equals(Require.optionalText(wanted), now);
    }

    /** "Completed the callback …" as it reads after "Undid: ". */
    static String inSentence(String description) {
        return description.isEmpty() ? description
                : description.substring(0, 1).toLowerCase(Locale.ROOT) + description.substring(1);
    }
}
