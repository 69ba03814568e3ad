package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's own failures, as a user meets them on the command line: a full disk, a read-only file or folder, a
 * folder without permission, a damaged or foreign file. Each says what is wrong in one line, exits 1, and writes
 * nothing; {@code check} reports damage with exit 3 and says how to get the data back.
 */
class StoreFailureCliTest {

    @TempDir
    Path folder;

    private Path store;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        store = folder.resolve("promptly.db");
        cli = new CliRunner(store);
    }

    private void frontDesk(CliRunner on) {
        on.ok("teams", "add", "Front Desk", "--zone", "Europe/Berlin");
    }

    private static void assertOneLine(CliRunner.Result result, String message) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("promptly: " + message + System.lineSeparator());
    }

    // ---- a full disk ----

    @Test
    void aWriteOnAFullDiskSaysTheDiskIsFullAndWritesNothing() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("disk"), "1m")) {
            Path onDisk = disk.folder().resolve("promptly.db");
            CliRunner there = new CliRunner(onDisk);
            frontDesk(there);
            disk.fill();

            CliRunner.Result result = there.run("teams", "add", "Support Paris", "--zone", "Europe/Paris");

            assertOneLine(result, "the disk holding the store (" + onDisk + ") is full; nothing was written");
            disk.free();
            assertThat(there.ok("teams", "list", "--format", "csv")).contains("Front Desk")
                    .doesNotContain("Support Paris");
            assertThat(there.ok("check")).contains("ok");
        }
    }

    @Test
    void aLargeWriteThatFillsTheDiskHalfWaySaysTheDiskIsFullAndWritesNothing() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("disk"), "2m")) {
            Path onDisk = disk.folder().resolve("promptly.db");
            CliRunner there = new CliRunner(onDisk);
            frontDesk(there);
            disk.fill();
            disk.leave(96 * 1024);

            CliRunner.Result result = there.run("demo", "generate", "--teams", "2", "--reps", "3", "--weeks", "2",
                    "--items", "3000", "--seed", "7");

            assertOneLine(result, "the disk holding the store (" + onDisk + ") is full; nothing was written");
            disk.free();
            assertThat(there.ok("teams", "list", "--format", "csv").lines()).hasSize(2);
            assertThat(there.ok("items", "--format", "csv").lines()).hasSize(1);
        }
    }

    @Test
    void aNewStoreOnAFullDiskLeavesNoFileBehind() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("disk"), "1m")) {
            Path onDisk = disk.folder().resolve("promptly.db");
            disk.fill();

            CliRunner.Result result = new CliRunner(onDisk).run("teams", "list");

            assertOneLine(result, "the disk holding the store (" + onDisk + ") is full; nothing was written");
            try (Stream<Path> left = Files.list(disk.folder())) {
                assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("filler");
            }
            disk.free();
            assertThat(new CliRunner(onDisk).ok("teams", "list", "--format", "csv").lines()).hasSize(1);
        }
    }

    @Test
    void aBackupToAFullDiskSaysSoAndLeavesNothing() throws Exception {
        frontDesk(cli);
        cli.ok("demo", "generate", "--teams", "1", "--reps", "2", "--weeks", "1", "--items", "500", "--seed", "3");
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("disk"), "64k")) {
            Path target = disk.folder().resolve("backup.db");

            CliRunner.Result result = cli.run("backup", "--to", target.toString());

            assertOneLine(result, "the disk holding " + target + " is full; no backup was written");
            try (Stream<Path> left = Files.list(disk.folder())) {
                assertThat(left).isEmpty();
            }
        }
    }

    // ---- read-only files and folders ----

    @Test
    void aReadOnlyStoreIsListedButWritesAreRefusedSayingSo() throws Exception {
        frontDesk(cli);
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(store);
        UnprivilegedCli user = new UnprivilegedCli(store);

        CliRunner.Result listing = user.run("teams", "list", "--format", "csv");
        CliRunner.Result write = user.run("teams", "add", "Support Paris", "--zone", "Europe/Paris");

        assertThat(listing.exitCode()).as(listing.err()).isZero();
        assertThat(listing.out()).contains("Front Desk");
        assertOneLine(write, "the store " + store + " is read-only; nothing was written");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void aStoreInAReadOnlyFolderIsListedAndCheckedButWritesAreRefusedSayingWhy() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Path inside = readOnly.resolve("promptly.db");
        frontDesk(new CliRunner(inside));
        byte[] before = Files.readAllBytes(inside);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        UnprivilegedCli user = new UnprivilegedCli(inside);

        CliRunner.Result listing = user.run("teams", "list", "--format", "csv");
        CliRunner.Result check = user.run("check");
        CliRunner.Result backup = user.run("backup", "--to", folder.resolve("copy.db").toString());
        CliRunner.Result write = user.run("teams", "add", "Support Paris", "--zone", "Europe/Paris");

        assertThat(listing.exitCode()).as(listing.err()).isZero();
        assertThat(listing.out()).contains("Front Desk");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(new CliRunner(folder.resolve("copy.db")).ok("teams", "list")).contains("Front Desk");
        assertOneLine(write, "the store " + inside + " is read-only (its folder is not writable); nothing was written");
        assertThat(Files.readAllBytes(inside)).isEqualTo(before);
        try (Stream<Path> left = Files.list(readOnly)) {
            assertThat(left).containsExactly(inside);
        }
    }

    @Test
    void aStoreInAReadOnlyFolderIsListedWithTheChangesStillInItsWal() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Path inside = readOnly.resolve("promptly.db");
        frontDesk(new CliRunner(inside));
        // A Promptly that is still open (or was killed) keeps its latest changes in the -wal, with the -shm beside it.
        try (var open = DriverManager.getConnection("jdbc:sqlite:" + inside);
             var statement = open.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.executeUpdate("UPDATE teams SET name = 'Front Desk Berlin'");
            assertThat(Path.of(inside + "-wal")).exists();
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

            CliRunner.Result listing = new UnprivilegedCli(inside).run("teams", "list", "--format", "csv");

            assertThat(listing.exitCode()).as(listing.err()).isZero();
            assertThat(listing.out()).contains("Front Desk Berlin");
        }
    }

    @Test
    void aNewStoreInAFolderWithoutPermissionSaysPermissionDenied() throws Exception {
        Path closed = Files.createDirectory(folder.resolve("closed"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path inside = closed.resolve("promptly.db");

        CliRunner.Result result = new UnprivilegedCli(inside).run("teams", "list");

        assertOneLine(result, "cannot create the store at " + inside + ": permission denied");
        try (Stream<Path> left = Files.list(closed)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnreadableStoreSaysPermissionDenied() throws Exception {
        frontDesk(cli);
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("---------"));

        CliRunner.Result result = new UnprivilegedCli(store).run("teams", "list");

        assertOneLine(result, "cannot read the store " + store + ": permission denied");
    }

    // ---- damaged and foreign files ----

    /** A store with some history, and then a page of its items table overwritten, as a failing disk would. */
    private void damagedStore() throws Exception {
        frontDesk(cli);
        cli.ok("demo", "generate", "--teams", "1", "--reps", "2", "--weeks", "1", "--items", "500", "--seed", "3");
        long page;
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'items'")) {
            rows.next();
            page = rows.getLong(1);
        }
        try (RandomAccessFile file = new RandomAccessFile(store.toFile(), "rw")) {
            file.seek((page - 1) * 4096);
            file.write("this page was damaged ".repeat(180).getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void checkReportsADamagedStoreAndSaysHowToGetTheDataBack() throws Exception {
        damagedStore();

        CliRunner.Result result = cli.run("check");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith("promptly: " + store + " has ")
                .contains("malformed", "restore your latest backup",
                        "sqlite3 " + store + " .recover | sqlite3 " + folder.resolve("promptly-recovered.db"),
                        "promptly --db " + folder.resolve("promptly-recovered.db") + " check")
                .doesNotContain("SQLITE_", "Exception");
    }

    @Test
    void everyOtherCommandSaysTheStoreIsDamagedAndWritesNothing() throws Exception {
        damagedStore();
        byte[] before = Files.readAllBytes(store);

        assertOneLine(cli.run("queue"), "the store " + store + " is damaged; run promptly check");
        assertOneLine(cli.run("complete", "1"), "the store " + store + " is damaged; run promptly check");
        CliRunner.Result backup = cli.run("backup", "--to", folder.resolve("copy.db").toString());
        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err()).startsWith("promptly: the copy for " + folder.resolve("copy.db") + " failed SQLite's "
                + "check (").endsWith("); no backup was written; run promptly check to see whether the store is "
                + "damaged" + System.lineSeparator()).hasLineCount(1);
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("promptly.db");
        }
    }

    @Test
    void aForeignFileIsReportedInWordsAndNeverOverwritten() throws Exception {
        Files.writeString(store, "name,phone\nCarla Diaz,+49 30 1234567\n".repeat(200));
        byte[] before = Files.readAllBytes(store);

        CliRunner.Result queue = cli.run("queue");
        CliRunner.Result check = cli.run("check");

        assertOneLine(queue, "the store " + store + " is not an SQLite database (another program's file, or a "
                + "damaged store); it was left as it is; run promptly check");
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.err()).contains("it is not an SQLite database").doesNotContain("SQLITE_");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void aTruncatedStoreIsReportedDamaged() throws Exception {
        frontDesk(cli);
        cli.ok("demo", "generate", "--teams", "1", "--reps", "2", "--weeks", "1", "--items", "500", "--seed", "3");
        byte[] whole = Files.readAllBytes(store);
        Files.write(store, java.util.Arrays.copyOf(whole, whole.length / 3));

        assertOneLine(cli.run("items"), "the store " + store + " is damaged; run promptly check");
        assertThat(cli.run("check").exitCode()).isEqualTo(3);
    }

    @Test
    void checkFindsATableMissingFromAStoreSavedFromDamage() throws Exception {
        frontDesk(cli);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             var statement = connection.createStatement()) {
            statement.execute("DROP TABLE inbox_snapshots");
        }

        CliRunner.Result result = cli.run("check");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("the table inbox_snapshots is missing");
    }

    @Test
    void theAdvisedRecoveryGivesAStoreThatPassesTheCheck() throws Exception {
        cli.ok("demo", "generate", "--teams", "1", "--reps", "2", "--weeks", "1", "--items", "500", "--seed", "3");
        long page;
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT max(rootpage) FROM sqlite_master")) {
            rows.next();
            page = rows.getLong(1) + 3; // a page of data, not the root of a table
        }
        try (RandomAccessFile file = new RandomAccessFile(store.toFile(), "rw")) {
            file.seek((page - 1) * 4096 + 100);
            file.write("damaged".repeat(100).getBytes(StandardCharsets.US_ASCII));
        }
        String advice = cli.run("check").err();
        String recover = advice.lines().map(String::strip).filter(l -> l.startsWith("sqlite3 ")).findFirst()
                .orElseThrow();
        Process sqlite;
        try {
            sqlite = new ProcessBuilder("sh", "-c", "command -v sqlite3 >/dev/null || exit 127; " + recover)
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException noShell) {
            throw new AssertionError(noShell);
        }
        sqlite.waitFor();
        org.junit.jupiter.api.Assumptions.assumeTrue(sqlite.exitValue() != 127,
                "the sqlite3 tool is not installed (Debian package sqlite3); the advised .recover cannot be tried");

        assertThat(sqlite.exitValue()).as(new String(sqlite.getInputStream().readAllBytes())).isZero();
        assertThat(new CliRunner(folder.resolve("promptly-recovered.db")).ok("check")).contains("ok");
    }

    // ---- backups ----

    @Test
    void aBackupKilledHalfWayIsRemovedByTheNextBackupAndARunningOneIsLeftAlone() throws Exception {
        frontDesk(cli);
        Path backups = Files.createDirectory(folder.resolve("backups"));
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        byte[] store = Files.readAllBytes(this.store);
        Path killed = Files.write(backups.resolve(".promptly-backup-" + finished.pid() + "-42.tmp"),
                java.util.Arrays.copyOf(store, 8192));
        Path running = Files.write(backups.resolve(".promptly-backup-" + ProcessHandle.current().pid() + "-43.tmp"),
                java.util.Arrays.copyOf(store, 8192));

        assertThat(cli.ok("backup", "--to", backups.resolve("monday.db").toString())).contains("Backed up");

        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        assertThat(new CliRunner(backups.resolve("monday.db")).ok("teams", "list")).contains("Front Desk");
    }

    @Test
    void aBackupMayHaveAQuoteInItsName() {
        frontDesk(cli);
        Path target = folder.resolve("it's monday.db");

        cli.ok("backup", "--to", target.toString());

        assertThat(new CliRunner(target).ok("check")).contains("ok");
    }
}
