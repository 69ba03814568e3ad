package dev.promptly.board;

import dev.promptly.people.Rep;
import java.time.Duration;
import java.time.Instant;

/**
 * An item handed to a colleague who could solve it.
 *
 * @param pickedUpAfter how long the colleague took to act on it (their first event on the item after the
 *                      escalation); null while they have not
 */
public record Escalation(long itemId, String customer, String subject, Instant at, Rep from, Rep to, String reason,
                         Duration pickedUpAfter) {
}
