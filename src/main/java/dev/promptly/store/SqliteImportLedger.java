package dev.promptly.store;

import dev.promptly.imports.ImportLedger;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class SqliteImportLedger implements ImportLedger {

    private static final int BATCH = 500;

    private final Database db;

    SqliteImportLedger(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, Long> items(String source, Collection<String> externalIds) {
        List<String> ids = new ArrayList<>(externalIds);
        Map<String, Long> found = new HashMap<>();
        db.withConnection(c -> {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                List<Object> params = new ArrayList<>();
                params.add(source);
                params.addAll(batch);
                Jdbc.query(c, "SELECT external_id, coalesce(item_id, 0) FROM imported_records WHERE source = ? "
                        + "AND external_id IN (" + Jdbc.marks(batch.size()) + ")",
                        row -> found.put(row.getString(1), row.getLong(2)), params.toArray());
            }
            return null;
        });
        return found;
    }

    @Override
    public int timesCalled(String source, long itemId) {
        return db.withConnection(c -> Jdbc.queryOne(c, "SELECT count(*) FROM imported_records WHERE item_id = ? "
                + "AND source = ? AND role IN ('created', 'repeat')", row -> row.getInt(1), itemId, source)).orElse(0);
    }

    @Override
    public void record(String source, Collection<Entry> entries, Instant at) {
        db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO imported_records (source, external_id, item_id, role, imported_at) VALUES (?, ?, ?, ?, ?)")) {
                int queued = 0;
                for (Entry entry : entries) {
                    Jdbc.bind(insert, source, entry.externalId(), entry.itemId(),
                            entry.role().name().toLowerCase(java.util.Locale.ROOT), at);
                    insert.addBatch();
                    if (++queued % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
