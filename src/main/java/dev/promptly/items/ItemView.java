package dev.promptly.items;

import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import dev.promptly.sla.ItemState;
import java.time.Instant;
import java.util.Comparator;

/**
 * An item as it stood at one instant, with the people it concerns, ready to be shown.
 *
 * @param item  the item, its progress replayed up to {@code asOf}
 * @param team  the owner's team, whose time zone the item's times are shown in
 */
public record ItemView(Item item, ItemState state, Rep owner, Team team, Customer customer, Instant asOf) {

    /** The queue's order: the customer's work first, then the company's, then one's own; each by due time. */
    public static final Comparator<ItemView> QUEUE_ORDER = Comparator
            .comparing((ItemView v) -> v.item().priority())
            .thenComparing(ItemView::effectiveDueAt)
            .thenComparingLong(v -> v.item().id());

    public static final Comparator<ItemView> RECEIVED_ORDER = Comparator
            .comparing((ItemView v) -> v.item().receivedAt())
            .thenComparingLong(v -> v.item().id());

    public Instant effectiveDueAt() {
        return item.deadline().effectiveDueAt();
    }
}
