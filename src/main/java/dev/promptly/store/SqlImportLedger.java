package dev.promptly.store;

import dev.promptly.imports.ImportLedger;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class SqlImportLedger implements ImportLedger {

    private static final int BATCH = 500;
    private static final int ROWS_PER_STATEMENT = 100;
    private static final String INSERT = "INSERT INTO imported_records (source, external_id, item_id, role, "
            + "imported_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?)";

    private final Database db;

    SqlImportLedger(Database db) {
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
            // Many rows to a statement, as SqlItemBatch writes items: an import records a row for every item.
            // In key order, so that the rows are appended to the table's pages rather than spread over them.
            List<Entry> all = new ArrayList<>(entries);
            all.sort(java.util.Comparator.comparing(Entry::externalId));
            int whole = all.size() - all.size() % ROWS_PER_STATEMENT;
            if (whole > 0) {
                try (PreparedStatement many = c.prepareStatement(INSERT + String.join(", ",
                        java.util.Collections.nCopies(ROWS_PER_STATEMENT, ROW)))) {
                    Object[] params = new Object[ROWS_PER_STATEMENT * 5];
                    for (int from = 0; from < whole; from += ROWS_PER_STATEMENT) {
                        for (int i = 0; i < ROWS_PER_STATEMENT; i++) {
                            put(params, i * 5, source, all.get(from + i), at);
                        }
                        Jdbc.bind(many, params);
                        many.executeUpdate();
                    }
                }
            }
            if (whole < all.size()) {
                try (PreparedStatement one = c.prepareStatement(INSERT + ROW)) {
                    Object[] params = new Object[5];
                    for (Entry entry : all.subList(whole, all.size())) {
                        put(params, 0, source, entry, at);
                        Jdbc.bind(one, params);
                        one.addBatch();
                    }
                    one.executeBatch();
                }
            }
            return null;
        });
    }

    private static void put(Object[] params, int offset, String source, Entry entry, Instant at) {
        params[offset] = source;
        params[offset + 1] = entry.externalId();
        params[offset + 2] = entry.itemId();
        params[offset + 3] = entry.role().name().toLowerCase(java.util.Locale.ROOT);
        params[offset + 4] = at;
    }
}
