package dev.promptly.board;

import dev.promptly.people.Rep;

/**
 * Someone work can be handed to, as the escalate and reassign lists show them: their team and how much they hold.
 *
 * @param open    their open items now; null when the signed-in person may not see that team's items
 * @param overdue how many of those are overdue; null likewise
 */
public record Colleague(Rep rep, String team, Integer open, Integer overdue) {

    /** "4 open, 1 overdue", or "" when their team's items are not visible to the person asking. */
    public String load() {
        return open == null ? "" : open + " open, " + overdue + " overdue";
    }
}
