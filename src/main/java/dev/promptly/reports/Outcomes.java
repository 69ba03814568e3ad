package dev.promptly.reports;

import dev.promptly.items.Item;
import java.time.Instant;
import java.util.Collection;

/**
 * What became of a set of items as of an instant (docs/metrics.md, "Weekly figures"): answered by the due time,
 * answered after it, still open and past it, or still open and not yet due. {@code informed} counts those whose
 * customer was told in time that it would take longer (they are also in one of the other four).
 */
public record Outcomes(int count, int onTime, int late, int openOverdue, int pending, int informed) {

    public static final Outcomes NONE = new Outcomes(0, 0, 0, 0, 0, 0);

    public static Outcomes of(Collection<Item> items, Instant asOf) {
        int onTime = 0;
        int late = 0;
        int openOverdue = 0;
        int pending = 0;
        int informed = 0;
        for (Item item : items) {
            switch (item.deadline().stateAt(asOf)) {
                case DONE_ON_TIME -> onTime++;
                case DONE_LATE -> late++;
                case OVERDUE -> openOverdue++;
                default -> pending++;
            }
            informed += item.progress().promisedUntil() != null ? 1 : 0;
        }
        return new Outcomes(items.size(), onTime, late, openOverdue, pending, informed);
    }

    public Outcomes plus(Outcomes other) {
        return new Outcomes(count + other.count, onTime + other.onTime, late + other.late,
                openOverdue + other.openOverdue, pending + other.pending, informed + other.informed);
    }

    /** Items whose outcome is settled for the on-time rate: on time, late, or open past their due time. */
    int decided() {
        return onTime + late + openOverdue;
    }
}
