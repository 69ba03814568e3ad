package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.items.CustomerSearch;
import dev.promptly.items.EventType;
import dev.promptly.items.ItemEvent;
import dev.promptly.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by the last release, before edits and customer search (schema 3 in a file, 5 on a team server),
 * is brought up to date with every event as it was: the file's V4 rebuilds the events table, and both stores index
 * the customers' phone digits.
 */
class UpgradeFromLastReleaseTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    private static final long HOUR = 3_600_000;

    @TempDir
    Path folder;

    @Test
    void aFileWithAnUndoneCompletionKeepsItsHistoryAndItsCustomerIsFoundByDigits() throws Exception {
        Path store = folder.resolve("release.db");
        String url = "jdbc:sqlite:" + store;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("3")
                .load().migrate();
        writeReleaseData(url, null);

        checkUpgraded(new StoreLocation.File(store));
        assertNoDanglingReference(url, null, "PRAGMA foreign_key_check");
    }

    @Test
    void aTeamServerWithAnUndoneCompletionKeepsItsHistoryAndItsCustomerIsFoundByDigits() throws Exception {
        StoreLocation.Server server = TestPostgres.newEmptyDatabase();
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + server.database();
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration/postgresql")
                .target("5").load().migrate();
        writeReleaseData(url, "postgres");

        StoreSetup.setUp(server, null);

        checkUpgraded(server);
        assertNoDanglingReference(url, "postgres", "SELECT u.id FROM item_events u LEFT JOIN item_events e"
                + " ON e.id = u.undoes_event_id WHERE u.undoes_event_id IS NOT NULL AND e.id IS NULL");
    }

    /** Anna's callback for Chia Santos, completed and the completion undone, as the release wrote them. */
    private static void writeReleaseData(String url, String user) throws Exception {
        long at = MONDAY.toEpochMilli();
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO teams (id, name, zone) VALUES (1, 'Support Berlin', 'Europe/Berlin')");
            s.execute("INSERT INTO reps (id, name, email, team_id, role) VALUES (1, 'Anna Schmidt', 'anna@x.example', 1,"
                    + " 'rep')");
            s.execute("INSERT INTO customers (id, name, phone) VALUES (1, 'Chia Santos', '+49 30 5550 0024')");
            s.execute("INSERT INTO items (id, kind, customer_id, subject, priority, received_at, source, owner_rep_id,"
                    + " due_at, due_soon_at, effective_due_at, last_event_at, version) VALUES (1, 'callback', 1,"
                    + " 'About the invoice', 0, " + at + ", 'manual', 1, " + (at + 24 * HOUR) + ", "
                    + (at + 20 * HOUR) + ", " + (at + 24 * HOUR) + ", " + (at + 2 * HOUR) + ", 3)");
            s.execute("INSERT INTO item_events (id, item_id, type, at, actor_rep_id, to_rep_id, due_at, due_soon_at)"
                    + " VALUES (1, 1, 'created', " + at + ", 1, 1, " + (at + 24 * HOUR) + ", " + (at + 20 * HOUR) + ")");
            s.execute("INSERT INTO item_events (id, item_id, type, at, actor_rep_id) VALUES (2, 1, 'completed', "
                    + (at + HOUR) + ", 1)");
            s.execute("INSERT INTO item_events (id, item_id, type, at, actor_rep_id, undoes_event_id) VALUES"
                    + " (3, 1, 'undone', " + (at + 2 * HOUR) + ", 1, 2)");
        }

    }

    private static void checkUpgraded(StoreLocation location) {
        Instant later = MONDAY.plusSeconds(3 * 3600);
        AppContext context = AppContext.open(location, "", Clock.fixed(later, ZoneOffset.UTC));
        try {
            List<ItemEvent> history = context.items().history(1, later);
            assertThat(history).extracting(ItemEvent::id, ItemEvent::type, ItemEvent::undoesEventId).containsExactly(
                    Tuple.tuple(1L, EventType.CREATED, null),
                    Tuple.tuple(2L, EventType.COMPLETED, null),
                    Tuple.tuple(3L, EventType.UNDONE, 2L));
            assertThat(context.items().item(1).progress().resolvedAt()).as("the completion was undone").isNull();

            List<CustomerSearch.Found> found = context.customerSearch().find("0049 (30) 55500024", Set.of(1L), later);
            assertThat(found).extracting(f -> f.customer().name()).containsExactly("Chia Santos");
        } finally {
            context.close();
        }
    }

    private static void assertNoDanglingReference(String url, String user, String query) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet problems = s.executeQuery(query)) {
            assertThat(problems.next()).as("no event refers to one that is gone").isFalse();
        }
    }
}
