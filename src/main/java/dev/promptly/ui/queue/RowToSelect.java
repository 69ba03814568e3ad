package dev.promptly.ui.queue;

import java.util.List;

/**
 * Which row to select when the queue's rows are replaced (a reload after an action, a live change, a filter), so a
 * rep working down the list from the keyboard stays where they were: on the same item if it is still shown, else on
 * the row that took its place, never back at the top.
 */
final class RowToSelect {

    /** No item asked for. */
    static final long NONE = -1;

    private RowToSelect() {
    }

    /**
     * @param shown    the rows on screen until now
     * @param selected the row selected until now, or null
     * @param wanted   the id of an item to select if it is shown (one just added), or {@link #NONE}
     * @param next     the rows about to be shown
     * @param keepPlace true when {@code next} is a reload of the same list (after an action, a live change): a
     *                  selected item gone from it gives its place to the next row; false for a new search or filter,
     *                  whose first row is the best guess
     */
    static ItemRow after(List<ItemRow> shown, ItemRow selected, long wanted, List<ItemRow> next, boolean keepPlace) {
        if (next.isEmpty()) {
            return null;
        }
        ItemRow asked = byId(next, wanted);
        if (asked != null) {
            return asked;
        }
        if (selected == null) {
            return next.get(0);
        }
        ItemRow same = byId(next, selected.id());
        if (same != null) {
            return same;
        }
        // The selected item left the list (done, escalated, taken by a colleague): the row now in its place.
        int place = keepPlace ? indexOf(shown, selected.id()) : -1;
        return next.get(place < 0 ? 0 : Math.min(place, next.size() - 1));
    }

    private static ItemRow byId(List<ItemRow> rows, long id) {
        if (id == NONE) {
            return null;
        }
        return rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    private static int indexOf(List<ItemRow> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
