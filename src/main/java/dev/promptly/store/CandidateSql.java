package dev.promptly.store;

import dev.promptly.items.ItemQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that narrows an {@link ItemQuery} to candidates, written as a union of branches so that each branch
 * can walk an index: the owners' open items (resolved_at IS NULL), their items resolved only after the as-of
 * instant, and items they handed on after it.
 */
final class CandidateSql {

    private record Part(String sql, List<Object> params) {
    }

    private final List<Part> branches = new ArrayList<>();
    private final List<Part> filters = new ArrayList<>();

    private CandidateSql() {
    }

    static CandidateSql of(ItemQuery q) {
        CandidateSql sql = new CandidateSql();
        // The unary plus keeps SQLite from walking items_owner_received for this bound, which nearly every stored
        // item meets; the owners' open items are few and items_owner_open finds them directly.
        sql.filter("+received_at <= ?", q.asOf());
        if (q.receivedFrom() != null) {
            sql.filter("received_at >= ?", q.receivedFrom());
        }
        if (q.receivedTo() != null) {
            sql.filter("received_at < ?", q.receivedTo());
        }
        if (q.dueFrom() != null) {
            sql.filter("due_at >= ?", q.dueFrom());
        }
        if (q.dueTo() != null) {
            sql.filter("due_at < ?", q.dueTo());
        }
        if (q.changedLater()) {
            sql.filter("last_event_at > ?", q.asOf());
        }
        if (q.kind() != null) {
            sql.filter("kind = ?", q.kind());
        }
        List<Part> states = new ArrayList<>(states(q));
        if (q.openOnly() || q.resolvedFrom() != null) {
            // An undo after the as-of instant can put back a resolution from before it (undoing a reopen), so the
            // stored resolution no longer tells whether the item was open then: replay decides.
            states.add(new Part("id IN (SELECT item_id FROM item_events WHERE type = 'undone' AND at > ?)",
                    List.of(q.asOf())));
        }
        if (q.ownerIds() == null) {
            sql.branch(anyOf(states));
            return sql;
        }
        // For a due-time range, items_due narrows best: the unary plus keeps SQLite from walking every item of the
        // owners through items_owner_received instead.
        String owner = q.dueFrom() != null || q.dueTo() != null ? "+owner_rep_id" : "owner_rep_id";
        Part owners = new Part(owner + " IN (" + Jdbc.marks(q.ownerIds().size()) + ")",
                List.copyOf(q.ownerIds()));
        for (Part state : states) {
            sql.branch(allOf(owners, state));
        }
        Part handedOn = new Part("id IN (SELECT item_id FROM item_events WHERE from_rep_id IN ("
                + Jdbc.marks(q.ownerIds().size()) + ") AND at > ?)",
                with(List.copyOf(q.ownerIds()), q.asOf()));
        sql.branch(allOf(handedOn, anyOf(states)));
        return sql;
    }

    /**
     * Conditions on the stored resolution that every wanted item meets, one branch each so that each can use
     * items_owner_open. The stored resolution is the latest; an item resolved only after the as-of instant, or
     * reopened since, is still a candidate and is decided by replaying its history.
     */
    private static List<Part> states(ItemQuery q) {
        if (q.openOnly()) {
            return List.of(new Part("resolved_at IS NULL", List.of()), new Part("resolved_at > ?", List.of(q.asOf())));
        }
        if (q.resolvedFrom() != null) {
            return List.of(new Part("resolved_at IS NULL", List.of()),
                    new Part("resolved_at >= ?", List.of(q.resolvedFrom())));
        }
        return List.of(new Part("1 = 1", List.of()));
    }

    private static Part anyOf(List<Part> parts) {
        List<Object> params = new ArrayList<>();
        parts.forEach(p -> params.addAll(p.params()));
        return new Part("(" + String.join(" OR ", parts.stream().map(Part::sql).toList()) + ")", params);
    }

    private static Part allOf(Part a, Part b) {
        List<Object> params = new ArrayList<>(a.params());
        params.addAll(b.params());
        return new Part(a.sql() + " AND " + b.sql(), params);
    }

    private static List<Object> with(List<Object> params, Object more) {
        List<Object> result = new ArrayList<>(params);
        result.add(more);
        return result;
    }

    private void filter(String sql, Object param) {
        filters.add(new Part(sql, List.of(param)));
    }

    private void branch(Part part) {
        branches.add(part);
    }

    String text(String columns) {
        String filter = String.join(" AND ", filters.stream().map(Part::sql).toList());
        return String.join(" UNION ", branches.stream()
                .map(b -> "SELECT " + columns + " FROM items WHERE " + b.sql() + " AND " + filter)
                .toList());
    }

    /** Parameters in statement order: each branch's own, then the shared filter's again. */
    Object[] params() {
        List<Object> all = new ArrayList<>();
        for (Part branch : branches) {
            all.addAll(branch.params());
            filters.forEach(f -> all.addAll(f.params()));
        }
        return all.toArray();
    }
}
