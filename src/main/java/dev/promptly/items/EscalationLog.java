package dev.promptly.items;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Escalations as recorded in item histories; implemented by the store. */
public interface EscalationLog {

    /**
     * One escalation, with when its new owner first acted on the item.
     *
     * @param pickedUpAt the new owner's first event on the item after the escalation, up to the as-of instant; or null
     */
    record Entry(long itemId, String customer, String subject, Instant at, long fromRepId, long toRepId, String reason,
                 Instant pickedUpAt) {
    }

    /**
     * Escalations made in [from, to] from or to any of {@code repIds}, as known at {@code to}; undone ones are left
     * out. Newest first.
     */
    List<Entry> between(Set<Long> repIds, Instant from, Instant to);

    /**
     * How many escalations each of {@code repIds} made (handed on an item they owned) in [from, to) and by
     * {@code asOf}, leaving out those undone by {@code asOf}. Reps who made none are absent.
     */
    Map<Long, Integer> madeBy(Set<Long> repIds, Instant from, Instant to, Instant asOf);
}
