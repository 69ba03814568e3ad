package dev.promptly.reports;

import dev.promptly.items.ItemKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Counts of outcomes computed by the store for items that had no event after the as-of instant, so that their
 * stored state is their state then (implemented by the store). Items that changed later are counted by replaying
 * them; {@link ResponseStats} adds both.
 */
public interface SettledCounts {

    /** One owner's count of one kind. */
    record Row(long ownerId, ItemKind kind, Outcomes outcomes) {
    }

    /** One owner's count of one kind in one of consecutive periods, 0 being the first. */
    record PeriodRow(int period, Row row) {
    }

    /** Callbacks and emails received in [from, to) and by {@code asOf}, owned by {@code ownerIds}. */
    default List<Row> received(Set<Long> ownerIds, Instant from, Instant to, Instant asOf) {
        return receivedIn(ownerIds, List.of(from, to), asOf).stream().map(PeriodRow::row).toList();
    }

    /**
     * As {@link #received}, for the consecutive periods between {@code bounds} (period i is [bounds[i],
     * bounds[i + 1])) in one query: a trend of weeks in one round trip rather than one per week.
     */
    List<PeriodRow> receivedIn(Set<Long> ownerIds, List<Instant> bounds, Instant asOf);

    /**
     * Callbacks and emails received in [from, to) and answered by {@code asOf}, owned by {@code ownerIds}, with no
     * event after {@code asOf}.
     */
    List<Answer> answered(Set<Long> ownerIds, Instant from, Instant to, Instant asOf);

    /** Commitments and follow-ups due in [from, to) and received by {@code asOf}, owned by {@code ownerIds}. */
    default List<Row> due(Set<Long> ownerIds, Instant from, Instant to, Instant asOf) {
        return dueIn(ownerIds, List.of(from, to), asOf).stream().map(PeriodRow::row).toList();
    }

    /** As {@link #due}, for the consecutive periods between {@code bounds}, in one query. */
    List<PeriodRow> dueIn(Set<Long> ownerIds, List<Instant> bounds, Instant asOf);
}
