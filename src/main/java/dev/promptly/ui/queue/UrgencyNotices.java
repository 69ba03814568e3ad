package dev.promptly.ui.queue;

import dev.promptly.sla.ItemState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which items of the queue just became due soon or overdue, or came into it so (handed over by a colleague or a
 * lead): at most one notice per item and state, and nothing for what was already urgent when the queue was first
 * loaded.
 */
final class UrgencyNotices {

    private final Set<String> announced = new HashSet<>();
    private final Set<Long> seen = new HashSet<>();
    private boolean firstLook = true;

    /** Starts over, for another rep's queue: its first look announces nothing. */
    void reset() {
        announced.clear();
        seen.clear();
        firstLook = true;
    }

    /** The notices for {@code rows} as they are now; remembers their states either way. */
    List<Notice> newlyUrgent(List<ItemRow> rows) {
        List<Notice> news = new ArrayList<>();
        for (ItemRow row : rows) {
            ItemState state = row.getState();
            boolean arrived = seen.add(row.id());
            if ((state == ItemState.DUE_SOON || state == ItemState.OVERDUE)
                    && announced.add(row.id() + ":" + state) && !firstLook) {
                // An item that came in late was not "now" overdue: it is news that it is here.
                String urgency = state == ItemState.OVERDUE ? "overdue" : "due soon";
                String title = arrived ? "New in your queue, " + urgency
                        : state == ItemState.OVERDUE ? "Now overdue" : "Due soon";
                news.add(new Notice(row.id(), state, title, row.title() + ": " + row.timeLeftProperty().get()));
            }
        }
        firstLook = false;
        return news;
    }
}
