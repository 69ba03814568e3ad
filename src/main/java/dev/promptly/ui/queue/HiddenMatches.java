package dev.promptly.ui.queue;

import dev.promptly.sla.ItemState;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rows a search found that the state filter hides, summed up for the rep ("2 more in Done today"), so a customer
 * on the phone is not taken for unknown when their item is merely done or filtered away.
 *
 * @param where the narrowest filter that would show them all, named as the state filter's list names it
 */
record HiddenMatches(int count, StateFilter where) {

    static final HiddenMatches NONE = new HiddenMatches(0, null);

    static HiddenMatches of(List<ItemState> states) {
        if (states.isEmpty()) {
            return NONE;
        }
        StateFilter where = Stream.of(StateFilter.OPEN, StateFilter.DONE_TODAY)
                .filter(filter -> states.stream().allMatch(filter::accepts))
                .findFirst().orElse(StateFilter.ALL);
        return new HiddenMatches(states.size(), where);
    }

    String text() {
        return count == 0 ? "" : count + " more in " + where;
    }
}
