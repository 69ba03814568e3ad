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
        if (q.kind() != null) {
            sql.filter("kind = ?", q.kind());
        }
        if (q.ownerIds() == null) {
            if (q.openOnly()) {
                sql.branch("(resolved_at IS NULL OR resolved_at > ?)", List.of(q.asOf()));
            } else {
                sql.branch("1 = 1", List.of());
            }
            return sql;
        }
        String owners = "owner_rep_id IN (" + SqliteItemRepository.marks(q.ownerIds().size()) + ")";
        List<Object> ownerIds = new ArrayList<>(q.ownerIds());
        if (q.openOnly()) {
            sql.branch(owners + " AND resolved_at IS NULL", ownerIds);
            sql.branch(owners + " AND resolved_at > ?", with(ownerIds, q.asOf()));
        } else {
            sql.branch(owners, ownerIds);
        }
        String handedOn = "id IN (SELECT item_id FROM item_events WHERE from_rep_id IN ("
                + SqliteItemRepository.marks(ownerIds.size()) + ") AND at > ?)";
        if (q.openOnly()) {
            sql.branch(handedOn + " AND (resolved_at IS NULL OR resolved_at > ?)", with(with(ownerIds, q.asOf()), q.asOf()));
        } else {
            sql.branch(handedOn, with(ownerIds, q.asOf()));
        }
        return sql;
    }

    private static List<Object> with(List<Object> params, Object more) {
        List<Object> result = new ArrayList<>(params);
        result.add(more);
        return result;
    }

    private void filter(String sql, Object param) {
        filters.add(new Part(sql, List.of(param)));
    }

    private void branch(String sql, List<Object> params) {
        branches.add(new Part(sql, params));
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
