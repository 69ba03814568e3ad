package dev.promptly.store;

import dev.promptly.common.ConflictException;
import dev.promptly.common.Labeled;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemBatch;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import dev.promptly.items.ItemRepository;
import dev.promptly.items.Priority;
import dev.promptly.items.Progress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class SqlItemRepository implements ItemRepository {

    private static final String ITEM_COLUMNS = "id, kind, customer_id, subject, priority, received_at, due_at, "
            + "requested_at, source, external_id, owner_rep_id, due_soon_at, resolved_at, promised_until, attempts, "
            + "last_event_at, version";
    private static final String EVENT_COLUMNS = "id, item_id, type, at, actor_rep_id, outcome, promised_until, "
            + "due_at, due_soon_at, from_rep_id, to_rep_id, note, undoes_event_id, field, old_value, new_value";

    private final Database db;

    SqlItemRepository(Database db) {
        this.db = db;
    }

    @Override
    public Item create(Item item, ItemEvent created) {
        return db.write(c -> {
            long id;
            try {
                id = Jdbc.insert(c, ItemRows.INSERT_NEW_ITEM, ItemRows.withoutId(ItemRows.item(null, item)));
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new ConflictException("an item from " + item.source() + " with id " + item.externalId()
                            + " was stored at the same time; import again to continue");
                }
                throw e;
            }
            insertEvent(c, id, created);
            return item.stored(id, 1);
        });
    }

    @Override
    public Item append(Item updated, ItemEvent event) {
        return db.write(c -> {
            // The event first: on a team store, whether one may record it is decided on the item as it stands
            // (an escalation moves the item to someone one may not act for).
            insertEvent(c, updated.id(), event);
            Progress p = updated.progress();
            int changed = Jdbc.update(c, "UPDATE items SET subject = ?, owner_rep_id = ?, due_at = ?, due_soon_at = ?, "
                            + "resolved_at = ?, promised_until = ?, effective_due_at = ?, attempts = ?, last_event_at = ?, "
                            + "version = version + 1 WHERE id = ? AND version = ?",
                    updated.subject(), p.ownerId(), p.dueAt(), p.dueSoonAt(), p.resolvedAt(), p.promisedUntil(), updated.deadline().effectiveDueAt(),
                    p.attempts(),
                    p.lastEventAt(), updated.id(), updated.version());
            if (changed == 0) {
                throw new ConflictException("item " + updated.id() + " was changed by someone else; reload it and try again");
            }
            return updated.stored(updated.id(), updated.version() + 1);
        });
    }

    private static long insertEvent(Connection c, long itemId, ItemEvent e) throws SQLException {
        return Jdbc.insert(c, ItemRows.INSERT_NEW_EVENT, ItemRows.withoutId(ItemRows.event(null, itemId, e)));
    }

    @Override
    public Optional<Item> find(long id) {
        return db.withConnection(c -> Jdbc.queryOne(c, "SELECT " + ITEM_COLUMNS + " FROM items WHERE id = ?",
                SqlItemRepository::mapItem, id));
    }

    @Override
    public Optional<Item> findBySource(String source, String externalId) {
        return db.withConnection(c -> Jdbc.queryOne(c,
                "SELECT " + ITEM_COLUMNS + " FROM items WHERE source = ? AND external_id = ?",
                SqlItemRepository::mapItem, source, externalId));
    }

    @Override
    public List<ItemEvent> events(long itemId) {
        return db.withConnection(c -> Jdbc.query(c,
                "SELECT " + EVENT_COLUMNS + " FROM item_events WHERE item_id = ? ORDER BY at, id",
                SqlItemRepository::mapEvent, itemId));
    }

    @Override
    public Map<Long, List<ItemEvent>> events(Collection<Long> itemIds, Instant upTo) {
        record Owned(long itemId, ItemEvent event) {
        }
        return db.withConnection(c -> {
            Map<Long, List<ItemEvent>> result = new HashMap<>();
            Jdbc.inBatches(itemIds, batch -> {
                List<Object> params = new ArrayList<>(batch);
                params.add(upTo);
                return Jdbc.query(c, "SELECT " + EVENT_COLUMNS + " FROM item_events WHERE item_id IN ("
                                + Jdbc.marks(batch.size()) + ") AND at <= ? ORDER BY item_id, at, id",
                        row -> new Owned(row.getLong("item_id"), mapEvent(row)), params.toArray());
            }).forEach(o -> result.computeIfAbsent(o.itemId(), k -> new ArrayList<>()).add(o.event()));
            return result;
        });
    }

    @Override
    public List<Item> candidates(ItemQuery query) {
        CandidateSql sql = CandidateSql.of(query);
        return db.withConnection(c -> Jdbc.query(c, sql.text(ITEM_COLUMNS), SqlItemRepository::mapItem,
                sql.params()));
    }

    @Override
    public List<Item> ofCustomers(Collection<Long> customerIds, Set<Long> ownerIds, int latestDone) {
        if (customerIds.isEmpty() || (ownerIds != null && ownerIds.isEmpty())) {
            return List.of();
        }
        String owners = ownerIds == null ? "" : " AND owner_rep_id IN (" + Jdbc.marks(ownerIds.size()) + ")";
        return db.withConnection(c -> Jdbc.inBatches(customerIds, batch -> {
            String customers = "customer_id IN (" + Jdbc.marks(batch.size()) + ")" + owners;
            List<Object> params = new ArrayList<>();
            for (int twice = 0; twice < 2; twice++) {
                params.addAll(batch);
                if (ownerIds != null) {
                    params.addAll(ownerIds);
                }
            }
            params.add(latestDone);
            // A frequent caller has thousands of done items: only the latest few are read, from the index.
            return Jdbc.query(c, "SELECT " + ITEM_COLUMNS + " FROM items WHERE id IN ("
                    + "SELECT id FROM items WHERE " + customers + " AND resolved_at IS NULL UNION ALL "
                    + "SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id "
                    + "ORDER BY resolved_at DESC, id DESC) AS latest FROM items WHERE " + customers
                    + " AND resolved_at IS NOT NULL) done WHERE latest <= ?)", SqlItemRepository::mapItem,
                    params.toArray());
        }));
    }

    @Override
    public ItemBatch batch() {
        return batch(0);
    }

    @Override
    public ItemBatch batch(int expectedItems) {
        Connection connection = db.transactionConnection();
        try {
            return new SqlItemBatch(db, connection, expectedItems);
        } catch (SQLException e) {
            throw db.translate(e);
        }
    }

    private static Item mapItem(ResultSet row) throws SQLException {
        Progress progress = new Progress(row.getLong("owner_rep_id"), Jdbc.instant(row, "due_at"),
                Jdbc.instant(row, "due_soon_at"),
                Jdbc.instant(row, "resolved_at"),
                Jdbc.instant(row, "promised_until"), row.getInt("attempts"), Jdbc.instant(row, "last_event_at"));
        return new Item(row.getLong("id"), Labeled.parse(ItemKind.class, row.getString("kind"), "kind"),
                row.getLong("customer_id"), row.getString("subject"), Priority.values()[row.getInt("priority")],
                Jdbc.instant(row, "received_at"), Jdbc.instant(row, "requested_at"),
                row.getString("source"), row.getString("external_id"), progress, row.getInt("version"));
    }

    private static ItemEvent mapEvent(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        String field = row.getString("field");
        return new ItemEvent(row.getLong("id"), Labeled.parse(EventType.class, row.getString("type"), "event"),
                Jdbc.instant(row, "at"), Jdbc.nullableLong(row, "actor_rep_id"),
                outcome == null ? null : Labeled.parse(AttemptOutcome.class, outcome, "outcome"),
                Jdbc.instant(row, "promised_until"), Jdbc.instant(row, "due_at"), Jdbc.instant(row, "due_soon_at"),
                Jdbc.nullableLong(row, "from_rep_id"),
                Jdbc.nullableLong(row, "to_rep_id"), row.getString("note"), Jdbc.nullableLong(row, "undoes_event_id"),
                field == null ? null : Labeled.parse(dev.promptly.items.EditedField.class, field, "field"),
                row.getString("old_value"), row.getString("new_value"));
    }
}
