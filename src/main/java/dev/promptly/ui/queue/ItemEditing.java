package dev.promptly.ui.queue;

import dev.promptly.items.Item;
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

    /** "Completed the callback …" as it reads after "Undid: ". */
    static String inSentence(String description) {
        return description.isEmpty() ? description
                : description.substring(0, 1).toLowerCase(Locale.ROOT) + description.substring(1);
    }
}
