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

    private static final String COUNTS = "SELECT owner_rep_id, kind, count(*) AS n, "
            + "count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolved_at <= effective_due_at) AS on_time, "
            + "count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolved_at > effective_due_at) AS late, "
            + "count(*) FILTER (WHERE resolved_at IS NULL AND effective_due_at < ?) AS open_overdue, "
            + "count(*) FILTER (WHERE resolved_at IS NULL AND effective_due_at >= ?) AS pending, "
            + "count(*) FILTER (WHERE promised_until IS NOT NULL) AS informed FROM items WHERE last_event_at <= ? AND +received_at <= ? ";

    private final Database db;

    SqlSettledCounts(Database db) {
        this.db = db;
    }

    @Override
    public List<Row> received(Set<Long> ownerIds, Instant from, Instant to, Instant asOf) {
        return counts("AND received_at >= ? AND received_at < ? AND kind IN ('callback', 'email') "
                + "AND owner_rep_id IN (" + Jdbc.marks(ownerIds.size()) + ")", ownerIds, from, to, asOf);
    }

    @Override
    public List<Row> due(Set<Long> ownerIds, Instant from, Instant to, Instant asOf) {
        // The unary plus keeps the owners from choosing the index: items_due narrows to the week.
        return counts("AND due_at >= ? AND due_at < ? AND kind IN ('commitment', 'follow-up') "
                + "AND +owner_rep_id IN (" + Jdbc.marks(ownerIds.size()) + ")", ownerIds, from, to, asOf);
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

    private List<Row> counts(String where, Set<Long> ownerIds, Instant from, Instant to, Instant asOf) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(asOf, asOf, asOf, asOf, from, to));
        params.addAll(ownerIds);
        return db.withConnection(c -> Jdbc.query(c, COUNTS + where + " GROUP BY owner_rep_id, kind",
                row -> new Row(row.getLong("owner_rep_id"), Labeled.parse(ItemKind.class, row.getString("kind"), "kind"),
                        new Outcomes(row.getInt("n"), row.getInt("on_time"), row.getInt("late"),
                                row.getInt("open_overdue"), row.getInt("pending"), row.getInt("informed"))),
                params.toArray()));
    }
}
