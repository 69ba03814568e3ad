package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.TestWorld;
import dev.promptly.common.StoreException;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.items.ItemBatch;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of more items than the store holds (and at least {@link SqlItemBatch#REBUILD_INDEXES_AT}) drops the
 * indexes of items and events and builds them again in its own transaction: afterwards every index is there and
 * finds the imported rows; a failed one leaves nothing written and the indexes as they were.
 */
class LargeImportIndexesTest {

    private static final int LARGE = SqlItemBatch.REBUILD_INDEXES_AT + 500;

    @TempDir
    Path folder;

    private TestWorld world;

    @BeforeEach
    void setUp() {
        world = new TestWorld(folder);
    }

    @Test
    void aLargeImportRebuildsEveryIndexOfItemsAndEvents() throws Exception {
        List<String> indexesBefore = indexes();
        long schemaBefore = single("PRAGMA schema_version");

        CsvImport.Summary summary = importRows(0, LARGE);

        assertThat(summary.imported()).isTrue();
        assertThat(summary.created()).isEqualTo(LARGE);
        assertThat(single("PRAGMA schema_version")).as("the indexes were dropped and made again")
                .isGreaterThan(schemaBefore);
        assertThat(indexes()).isEqualTo(indexesBefore);
        assertThat(text("PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(single("SELECT count(*) FROM items INDEXED BY items_source WHERE source = 'csv' "
                + "AND external_id IS NOT NULL")).isEqualTo(LARGE);
        assertThat(single("SELECT count(*) FROM item_events INDEXED BY item_events_item WHERE item_id > 0"))
                .isEqualTo(single("SELECT count(*) FROM item_events NOT INDEXED"));
        assertThat(single("SELECT count(*) FROM items INDEXED BY items_received WHERE received_at > 0"))
                .isEqualTo(single("SELECT count(*) FROM items NOT INDEXED"));
        assertThat(single("SELECT count(*) FROM imported_records WHERE source = 'csv'")).isEqualTo(LARGE);
    }

    @Test
    void aSmallImportKeepsTheIndexes() throws Exception {
        long schemaBefore = single("PRAGMA schema_version");

        assertThat(importRows(0, 200).created()).isEqualTo(200);

        assertThat(single("PRAGMA schema_version")).isEqualTo(schemaBefore);
    }

    @Test
    void aLargeImportThatFailsLeavesNothingAndTheIndexesIntact() throws Exception {
        // An item the ledger does not know: the large import writes it again, and the unique index refuses it.
        importRows(LARGE - 1, 1);
        execute("DELETE FROM imported_records");
        List<String> indexesBefore = indexes();
        long itemsBefore = single("SELECT count(*) FROM items");
        long eventsBefore = single("SELECT count(*) FROM item_events");
        long customersBefore = single("SELECT count(*) FROM customers");

        assertThatThrownBy(() -> importRows(0, LARGE)).isInstanceOf(StoreException.class)
                .hasMessageContaining("UNIQUE");

        assertThat(indexes()).isEqualTo(indexesBefore);
        assertThat(single("SELECT count(*) FROM items")).isEqualTo(itemsBefore);
        assertThat(single("SELECT count(*) FROM item_events")).isEqualTo(eventsBefore);
        assertThat(single("SELECT count(*) FROM imported_records")).isZero();
        assertThat(single("SELECT count(*) FROM customers")).isEqualTo(customersBefore);
        assertThat(text("PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void aBatchToldItWillBeLargeDropsTheIndexesBeforeItsFirstRows() {
        List<Long> indexesAfterFirstRows = writeOneStatement(LARGE);

        assertThat(indexesAfterFirstRows).as("indexes of items, then of item_events, once the first rows are written")
                .containsExactly(0L, 1L);
    }

    @Test
    void aBatchNotToldItsSizeKeepsTheIndexesForItsFirstRows() {
        List<Long> indexesAfterFirstRows = writeOneStatement(0);

        assertThat(indexesAfterFirstRows).containsExactly(6L, 5L);
    }

    /**
     * Adds to a batch that expects {@code expected} items as many items as make its first statement, counts the
     * indexes of items and item_events as its transaction sees them, and rolls it all back.
     */
    private List<Long> writeOneStatement(int expected) {
        Store store = world.context.store();
        Customer customer = world.context.people().addCustomer(new Customer(0, "Customer 1", null, "+49 30 1", null,
                null));
        List<Long> counts = new ArrayList<>();
        assertThatThrownBy(() -> store.database().inTransaction(() -> {
            ItemBatch batch = store.items().batch(expected);
            for (int i = 0; i < InsertRows.ROWS_PER_STATEMENT; i++) {
                ItemService.Prepared item = world.context.items().prepare(new NewItem(ItemKind.CALLBACK, world.anna, customer,
                        "Row " + i, Priority.CUSTOMER, TestWorld.NOW.minusSeconds(3600), null, null, "csv", "X-" + i),
                        world.berlin, List.of());
                batch.add(item.item(), item.history());
            }
            for (String table : List.of("items", "item_events")) {
                counts.add(store.database().withConnection(c -> Jdbc.queryOne(c, "SELECT count(*) FROM sqlite_schema "
                        + "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", row -> row.getLong(1), table)
                        .orElseThrow()));
            }
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        return counts;
    }

    /** Rows {@code first} to {@code first + count - 1}, each with its external id, as one CSV import. */
    private CsvImport.Summary importRows(int first, int count) {
        StringBuilder csv = new StringBuilder("kind,rep,customer,contact,subject,received_at,due_at,responded_at,"
                + "done_at,priority,external_id\n");
        for (int i = first; i < first + count; i++) {
            String received = TestWorld.NOW.minus(Duration.ofMinutes(LARGE - i + 60)).toString();
            String answered = TestWorld.NOW.minus(Duration.ofMinutes(LARGE - i)).toString();
            boolean callback = i % 2 == 0;
            csv.append(String.join(",", callback ? "callback" : "email", i % 3 == 0 ? "anna@promptly.example"
                    : "ben@promptly.example", "Customer " + i % 700, "+49 30 " + (1000 + i % 700), "Row " + i,
                    received, "", i % 5 == 0 ? "" : answered, "", "", "X-" + i)).append('\n');
        }
        return world.context.csvImport().run(csv.toString().getBytes(StandardCharsets.UTF_8),
                new CsvImport.Options(false, false, false, null), p -> { });
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("promptly.db"));
    }

    private List<String> indexes() throws SQLException {
        List<String> all = new ArrayList<>();
        try (Connection c = open(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                     + "WHERE type = 'index' ORDER BY name")) {
            while (rows.next()) {
                all.add(rows.getString(1));
            }
        }
        return all;
    }

    private long single(String sql) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
