package dev.promptly.store;

import dev.promptly.items.EscalationLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class SqlEscalationLog implements EscalationLog {

    private final Database db;

    SqlEscalationLog(Database db) {
        this.db = db;
    }

    @Override
    public List<Entry> between(Set<Long> repIds, Instant from, Instant to) {
        String reps = Jdbc.marks(repIds.size());
        String sql = "SELECT e.item_id, c.name AS customer, i.subject, e.at, e.from_rep_id, e.to_rep_id, e.note, "
                + "(SELECT min(p.at) FROM item_events p WHERE p.item_id = e.item_id AND p.actor_rep_id = e.to_rep_id "
                + "  AND p.id > e.id AND p.at <= ? AND p.type <> 'undone' AND NOT EXISTS (SELECT 1 FROM item_events x "
                + "  WHERE x.undoes_event_id = p.id AND x.at <= ?)) AS picked_up_at "
                + "FROM item_events e JOIN items i ON i.id = e.item_id JOIN customers c ON c.id = i.customer_id "
                + "WHERE e.type = 'escalated' AND e.at >= ? AND e.at <= ? "
                + "AND (e.from_rep_id IN (" + reps + ") OR e.to_rep_id IN (" + reps + ")) "
                + "AND NOT EXISTS (SELECT 1 FROM item_events u WHERE u.type = 'undone' AND u.undoes_event_id = e.id "
                + "  AND u.at <= ?) "
                + "ORDER BY e.at DESC, e.id DESC";
        List<Object> params = new ArrayList<>(List.of(to, to, from, to));
        params.addAll(repIds);
        params.addAll(repIds);
        params.add(to);
        return db.withConnection(c -> Jdbc.query(c, sql, row -> new Entry(row.getLong("item_id"),
                row.getString("customer"), row.getString("subject"), Jdbc.instant(row, "at"),
                row.getLong("from_rep_id"), row.getLong("to_rep_id"), row.getString("note"),
                Jdbc.instant(row, "picked_up_at")), params.toArray()));
    }

    @Override
    public Map<Long, Integer> madeBy(Set<Long> repIds, Instant from, Instant to, Instant asOf) {
        Map<Long, Integer> counts = new HashMap<>();
        if (repIds.isEmpty()) {
            return counts;
        }
        String sql = "SELECT e.from_rep_id, count(*) AS n FROM item_events e "
                + "WHERE e.type = 'escalated' AND e.at >= ? AND e.at < ? AND e.at <= ? "
                + "AND e.from_rep_id IN (" + Jdbc.marks(repIds.size()) + ") "
                + "AND NOT EXISTS (SELECT 1 FROM item_events u WHERE u.type = 'undone' AND u.undoes_event_id = e.id "
                + "  AND u.at <= ?) GROUP BY e.from_rep_id";
        List<Object> params = new ArrayList<>(List.of(from, to, asOf));
        params.addAll(repIds);
        params.add(asOf);
        db.withConnection(c -> Jdbc.query(c, sql, row -> counts.put(row.getLong("from_rep_id"), row.getInt("n")),
                params.toArray()));
        return counts;
    }
}
