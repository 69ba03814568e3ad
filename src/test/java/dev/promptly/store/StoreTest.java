package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.TestWorld;
import dev.promptly.common.ConflictException;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.StoreException;
import dev.promptly.items.Item;
import dev.promptly.items.ItemEvent;
import dev.promptly.people.Customer;
import dev.promptly.people.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path folder;

    @Test
    void theStoreFileIsReadableByItsOwnerOnly() throws Exception {
        new TestWorld(folder);

        assertThat(Files.getPosixFilePermissions(folder.resolve("promptly.db")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void reopeningTheStoreKeepsWhatWasWrittenAndRunsNoMigrationTwice() {
        new TestWorld(folder);

        Store again = Store.open(folder.resolve("promptly.db"));

        assertThat(again.reps().findByEmail("ANNA@promptly.example")).get()
                .extracting(r -> r.name()).isEqualTo("Anna Schmidt");
        assertThat(again.teams().list()).hasSize(1);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        TestWorld world = new TestWorld(folder);
        Store store = world.context.store();

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            store.customers().add(Customer.named("Half Written"));
            store.reps().add(new dev.promptly.people.Rep(0, "Dup", "anna@promptly.example", null,
                    world.berlin.id(), Role.REP));
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists");

        assertThat(store.customers().findByName("Half Written")).isEmpty();
    }

    @Test
    void anAddThatFailsValidationCreatesNoCustomer() {
        TestWorld world = new TestWorld(folder);

        assertThatThrownBy(() -> world.add(dev.promptly.items.ItemKind.COMMITMENT, world.anna, "New Customer",
                dev.promptly.items.Priority.CUSTOMER, "2026-11-20T10:00:00Z", "2026-11-19T10:00:00Z"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the item was received");

        assertThat(world.context.store().customers().findByName("New Customer")).isEmpty();
    }

    @Test
    void aWriteBasedOnAnOldVersionIsRefused() {
        TestWorld world = new TestWorld(folder);
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        var items = world.context.store().items();
        ItemEvent note = ItemEvent.note(Instant.parse("2026-11-20T11:00:00Z"), world.anna.id(), "first");

        Item first = items.append(item, note);

        assertThat(first.version()).isEqualTo(item.version() + 1);
        assertThatThrownBy(() -> items.append(item, note)).isInstanceOf(ConflictException.class);
        assertThat(items.events(item.id())).hasSize(2);
    }

    @Test
    void eventsCannotBeChangedOrDeleted() throws Exception {
        TestWorld world = new TestWorld(folder);
        world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");

        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("promptly.db"));
             var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE item_events SET note = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM item_events"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        TestWorld world = new TestWorld(folder);
        var items = world.context.store().items();
        Item item = world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");

        ItemEvent toNobody = ItemEvent.transfer(dev.promptly.items.EventType.REASSIGNED,
                Instant.parse("2026-11-20T11:00:00Z"), null, world.anna.id(), 9999, "gone");
        assertThatThrownBy(() -> items.append(item, toNobody)).isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void theStoreFileIsInWalMode() throws Exception {
        new TestWorld(folder);

        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("promptly.db"));
             var statement = connection.createStatement();
             var result = statement.executeQuery("PRAGMA journal_mode")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void backupMakesAStoreThatOpensWithTheSameData() {
        TestWorld world = new TestWorld(folder);
        world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        Path copy = folder.resolve("copy.db");

        world.context.store().backupTo(copy);

        Store restored = Store.open(copy);
        assertThat(restored.items().find(1)).isPresent();
        assertThat(restored.check()).isEmpty();
    }

    @Test
    void checkReportsACorruptedReference() throws Exception {
        TestWorld world = new TestWorld(folder);
        world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("promptly.db"));
             var statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.executeUpdate("UPDATE items SET customer_id = 4242");
        }

        assertThat(world.context.store().check()).singleElement().asString().contains("items", "customers");
    }

    @Test
    void aBackupIsOwnerOnlyWhileWrittenAndHasItsNameOnlyOnceComplete() throws Exception {
        TestWorld world = new TestWorld(folder);
        world.callback(world.anna, "Carla Diaz", "2026-11-20T10:00:00Z");
        Path target = folder.resolve("backups").resolve("copy.db");
        Files.createDirectories(target.getParent());
        List<String> seen = new ArrayList<>();

        world.context.store().backupTo(target, (remaining, pages) -> {
            try (var files = Files.list(target.getParent())) {
                files.forEach(f -> seen.add(f.getFileName() + " " + permissions(f)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(seen).isNotEmpty().allMatch(s -> s.matches("\\.promptly-backup-\\d+-\\d+\\.tmp rw-------"));
        assertThat(permissions(target)).isEqualTo("rw-------");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    private static String permissions(Path file) {
        try {
            return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void whenRollingBackFailsTheFailureThatCausedItIsReported() {
        TestWorld world = new TestWorld(folder);
        Database db = SqliteDatabase.open(folder.resolve("promptly.db"));
        StoreException full = new StoreException("the disk is full", null);

        // SQLite ends the transaction itself after some failures (a full disk); the ROLLBACK after it then fails.
        assertThatThrownBy(() -> db.inTransaction(() -> {
            db.withConnection(c -> c.createStatement().execute("ROLLBACK"));
            throw full;
        })).isSameAs(full);
        assertThat(world.context.store().check()).isEmpty();
    }
}
