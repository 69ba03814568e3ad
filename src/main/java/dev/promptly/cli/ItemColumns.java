package dev.promptly.cli;

import dev.promptly.items.Item;
import dev.promptly.items.ItemView;
import java.time.Instant;
import java.time.ZoneId;

/** How an item's fields read in listings, shared by {@code queue} and {@code items}. */
final class ItemColumns {

    private ItemColumns() {
    }

    static String time(ItemView view, Instant instant) {
        return Times.iso(instant, zone(view));
    }

    static ZoneId zone(ItemView view) {
        return view.team().zone();
    }

    static String customer(ItemView view) {
        return view.customer() == null ? null : view.customer().name();
    }

    /** Callbacks and emails are responded to; commitments and follow-ups are completed. */
    static Instant respondedAt(Item item) {
        return item.kind().isDueByTarget() ? item.progress().resolvedAt() : null;
    }

    static Instant completedAt(Item item) {
        return item.kind().isDueByTarget() ? null : item.progress().resolvedAt();
    }
}
