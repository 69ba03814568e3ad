package dev.promptly.store;

import dev.promptly.common.Labeled;
import dev.promptly.items.ItemKind;
import dev.promptly.reports.Answer;
import dev.promptly.reports.Outcomes;
import dev.promptly.reports.SettledCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The outcome rules of {@code Deadline.stateAt} as SQL, for items whose stored columns are their state as of the
 * instant (no event after it). A test checks that this and replaying every item give the same counts.
 */
final class SqlSettledCounts implements SettledCounts {

    private static final String OUTCOMES = "count(*) AS n, "
            + "count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolved_at <= effective_due_at) AS on_time, "
            + "count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolved_at > effective_due_at) AS late, "
            + "count(*) FILTER (WHERE resolved_at IS NULL AND effective_due_at < ?) AS open_overdue, "
            + "count(*) FILTER (WHERE resolved_at IS NULL AND effective_due_at >= ?) AS pending, "
            + "count(*) FILTER (WHERE promised_until IS NOT NULL) AS informed ";

    private final Database db;

    SqlSettledCounts(Database db) {
        this.db = db;
    }

    @Override
    public List<PeriodRow> receivedIn(Set<Long> ownerIds, List<Instant> bounds, Instant asOf) {
        return counts("received_at", "AND kind IN ('callback', 'email') AND owner_rep_id IN ("
                + Jdbc.marks(ownerIds.size()) + ")", ownerIds, bounds, asOf);
    }

    @Override
    public List<PeriodRow> dueIn(Set<Long> ownerIds, List<Instant> bounds, Instant asOf) {
        // The unary plus keeps the owners from choosing the index: items_due narrows to the weeks.
        return counts("due_at", "AND kind IN ('commitment', 'follow-up') AND +owner_rep_id IN ("
                + Jdbc.marks(ownerIds.size()) + ")", ownerIds, bounds, asOf);
    }

    @Override
    public List<Answer> answered(Set<Long> ownerIds, Instant from, Instant to, Instant asOf) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(asOf, asOf, from, to, asOf));
        params.addAll(ownerIds);
        String sql = "SELECT owner_rep_id, kind, received_at, resolved_at FROM items WHERE last_event_at <= ? "
                + "AND +received_at <= ? AND received_at >= ? AND received_at < ? AND kind IN ('callback', 'email') "
                + "AND resolved_at <= ? AND owner_rep_id IN (" + Jdbc.marks(ownerIds.size()) + ")";
        return db.withConnection(c -> Jdbc.query(c, sql, row -> new Answer(row.getLong("owner_rep_id"),
                Labeled.parse(ItemKind.class, row.getString("kind"), "kind"), Jdbc.instant(row, "received_at"),
                Jdbc.instant(row, "resolved_at")), params.toArray()));
    }

    /**
     * The outcomes of the owners' items that had no event after {@code asOf}, by owner, kind and period: the period of
     * an item is where {@code column} falls between {@code bounds}, told by one CASE so that all periods are one
     * query.
     */
    private List<PeriodRow> counts(String column, String where, Set<Long> ownerIds, List<Instant> bounds,
                                   Instant asOf) {
        if (ownerIds.isEmpty() || bounds.size() < 2) {
            return List.of();
        }
        StringBuilder period = new StringBuilder(bounds.size() == 2 ? "0" : "CASE");
        List<Object> params = new ArrayList<>();
        for (int i = 1; i < bounds.size() - 1; i++) {
            period.append(" WHEN ").append(column).append(" < ? THEN ").append(i - 1);
            params.add(bounds.get(i));
        }
        if (bounds.size() > 2) {
            period.append(" ELSE ").append(bounds.size() - 2).append(" END");
        }
        params.addAll(List.of(asOf, asOf, asOf, asOf, bounds.get(0), bounds.get(bounds.size() - 1)));
        params.addAll(ownerIds);
        String sql = "SELECT " + period + " AS period, owner_rep_id, kind, " + OUTCOMES + "FROM items "
                + "WHERE last_event_at <= ? AND +received_at <= ? AND " + column + " >= ? AND " + column + " < ? "
                + where + " GROUP BY 1, owner_rep_id, kind";
        return db.withConnection(c -> Jdbc.query(c, sql, row -> new PeriodRow(row.getInt("period"),
                new Row(row.getLong("owner_rep_id"), Labeled.parse(ItemKind.class, row.getString("kind"), "kind"),
                        new Outcomes(row.getInt("n"), row.getInt("on_time"), row.getInt("late"),
                                row.getInt("open_overdue"), row.getInt("pending"), row.getInt("informed")))),
                params.toArray()));
    }
}
