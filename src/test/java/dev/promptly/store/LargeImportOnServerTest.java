package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.StoreLocation;
import dev.promptly.TestWorld;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.items.Item;
import dev.promptly.testing.StoreBackend;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a team store, a large batch writes by COPY; into a store without items it also drops the indexes of items and
 * events and the foreign keys between them, and makes them again before the commit. Afterwards every index and
 * constraint is there as before, the ids are those the batch gave, the sequences continue after them, and the next
 * single write gets the next ids.
 */
class LargeImportOnServerTest {

    private static final int LARGE = SqlItemBatch.REBUILD_INDEXES_AT + 500;

    @TempDir
    Path folder;

    private TestWorld world;
    private StoreLocation.Server server;

    @BeforeEach
    void setUp() {
        world = new TestWorld(folder, StoreBackend.POSTGRESQL);
        server = (StoreLocation.Server) world.context.store().location();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void aLargeImportIntoAnEmptyStoreRebuildsIndexesAndForeignKeysAndKeepsTheIds() throws Exception {
        List<String> schemaBefore = schema();
        long indexOidBefore = single("SELECT 'items_owner_open'::regclass::oid");

        CsvImport.Summary summary = importRows(0, LARGE);

        assertThat(summary.created()).isEqualTo(LARGE);
        assertThat(single("SELECT 'items_owner_open'::regclass::oid")).as("the indexes were dropped and made again")
                .isNotEqualTo(indexOidBefore);
        assertThat(schema()).isEqualTo(schemaBefore);
        assertThat(single("SELECT count(*) FROM items")).isEqualTo(LARGE);
        assertThat(single("SELECT min(id) FROM items")).isEqualTo(1);
        assertThat(single("SELECT max(id) FROM items")).isEqualTo(LARGE);
        long events = single("SELECT count(*) FROM item_events");
        assertThat(single("SELECT max(id) FROM item_events")).isEqualTo(events);
        assertThat(single("SELECT count(*) FROM item_events e JOIN items i ON i.id = e.item_id")).isEqualTo(events);
        assertThat(single("SELECT count(*) FROM pg_stats WHERE tablename = 'items'")).as("analyzed")
                .isPositive();
        assertThat(world.context.store().check()).isEmpty();
        assertThat(single("SELECT count(*) FROM items WHERE subject = 'Row 7' || chr(10) || 'second line'"))
                .isEqualTo(1);

        Item next = world.callback(world.anna, "After the import", "2026-11-23T10:00:00Z");

        assertThat(next.id()).isEqualTo(LARGE + 1);
        assertThat(single("SELECT max(id) FROM item_events")).isEqualTo(events + 1);
    }

    @Test
    void aLargeImportIntoAStoreWithItemsKeepsItsIndexes() throws Exception {
        world.callback(world.anna, "Before the import", "2026-11-20T10:00:00Z");
        long indexOidBefore = single("SELECT 'items_owner_open'::regclass::oid");
        long constraintBefore = single("SELECT oid FROM pg_constraint WHERE conname = 'item_events_item_id_fkey'");

        assertThat(importRows(0, LARGE).created()).isEqualTo(LARGE);

        assertThat(single("SELECT 'items_owner_open'::regclass::oid")).isEqualTo(indexOidBefore);
        assertThat(single("SELECT oid FROM pg_constraint WHERE conname = 'item_events_item_id_fkey'"))
                .isEqualTo(constraintBefore);
        assertThat(single("SELECT max(id) FROM items")).isEqualTo(LARGE + 1);
        assertThat(world.callback(world.ben, "After the import", "2026-11-23T10:00:00Z").id()).isEqualTo(LARGE + 2);
    }

    @Test
    void aSignedInLeadsLargeImportWritesThroughTheIndexesWhichOnlyTheOwnerMayDrop() throws Exception {
        String login = "ben_import_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        world.context.store().signIns().add(login, world.ben, "unused");
        long indexOidBefore = single("SELECT 'items_owner_open'::regclass::oid");
        dev.promptly.AppContext lead = dev.promptly.AppContext.open(server.withUser(login), null,
                java.time.Clock.fixed(TestWorld.NOW, java.time.ZoneOffset.UTC));
        try {
            assertThat(importRows(lead, 0, LARGE).created()).isEqualTo(LARGE);
        } finally {
            lead.close();
        }

        assertThat(single("SELECT 'items_owner_open'::regclass::oid")).isEqualTo(indexOidBefore);
        assertThat(single("SELECT count(*) FROM item_events WHERE actor_rep_id IS DISTINCT FROM " + world.ben.id()))
                .as("every event is the signed-in lead's").isZero();
        assertThat(single("SELECT count(*) FROM items")).isEqualTo(LARGE);
    }

    /** Rows {@code first} to {@code first + count - 1}, each with its external id, as one CSV import. */
    private CsvImport.Summary importRows(int first, int count) {
        return importRows(world.context, first, count);
    }

    private CsvImport.Summary importRows(dev.promptly.AppContext context, int first, int count) {
        StringBuilder csv = new StringBuilder("kind,rep,customer,contact,subject,received_at,due_at,responded_at,"
                + "done_at,priority,external_id\n");
        for (int i = first; i < first + count; i++) {
            String received = TestWorld.NOW.minus(Duration.ofMinutes(LARGE - i + 60)).toString();
            String answered = TestWorld.NOW.minus(Duration.ofMinutes(LARGE - i)).toString();
            boolean callback = i % 2 == 0;
            // Quotes, commas and line breaks in text: COPY's CSV must carry them as they are.
            csv.append(String.join(",", callback ? "callback" : "email", i % 3 == 0 ? "anna@promptly.example"
                    : "ben@promptly.example", quoted("Customer \"" + i % 700 + "\", Ltd"), "+49 30 " + (1000 + i % 700),
                    quoted("Row " + i + "\nsecond line"), received, "", i % 5 == 0 ? "" : answered, "", "", "X-" + i))
                    .append('\n');
        }
        return context.csvImport().run(csv.toString().getBytes(StandardCharsets.UTF_8),
                new CsvImport.Options(false, false, false, null), p -> { });
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Every index and constraint of items and item_events, as the server would make them again. */
    private List<String> schema() throws SQLException {
        List<String> all = new ArrayList<>();
        try (Connection c = open(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE tablename IN ('items', "
                     + "'item_events') UNION ALL SELECT conrelid::regclass || ' ' || conname || ' ' "
                     + "|| pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN ('items'::regclass, "
                     + "'item_events'::regclass) ORDER BY 1")) {
            while (rows.next()) {
                all.add(rows.getString(1));
            }
        }
        return all;
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + server.hostAndPort() + "/" + server.database(),
                server.user(), "");
    }

    private long single(String sql) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
