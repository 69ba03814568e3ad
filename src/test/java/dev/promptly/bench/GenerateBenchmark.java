package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.demo.DemoSummary;
import dev.promptly.store.StoreSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Making the million-item demo store into a new file, as {@code promptly demo generate} does (target: under 60 s).
 * Each shot is one cold generation, so there is no warm-up; see docs/benchmarks.md for timing the command itself.
 * With {@code -p folder=postgresql://USER@HOST:PORT/DB}, each shot makes a new database {@code DB_gen_N} on that
 * server instead (the user must be allowed to create databases), sets it up, generates into it and drops it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class GenerateBenchmark {

    /** A folder for the new stores, or a server URL (see above); each store is deleted after its shot. */
    @Param("/tmp/promptly-bench")
    public String folder;

    @Param("1000000")
    public int items;

    private Path file;
    private StoreLocation.Server database;
    private AppContext context;

    @Setup(Level.Iteration)
    public void newStore() throws IOException, SQLException {
        if (BenchStores.location(folder) instanceof StoreLocation.Server server) {
            String name = server.database() + "_gen_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
            onServer(server, "CREATE DATABASE " + name);
            database = new StoreLocation.Server(server.host(), server.port(), name, server.user(), server.parameters());
            StoreSetup.setUp(database, System.getenv("PGPASSWORD"));
            context = BenchStores.open(database, DemoStore.NOW);
            return;
        }
        file = Files.createTempFile(Files.createDirectories(Path.of(folder)), "generate-", ".db");
        Files.delete(file);
        context = AppContext.open(file, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC));
    }

    private static void onServer(StoreLocation.Server server, String sql) throws SQLException {
        try (Connection c = BenchStores.connect(server, "postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Benchmark
    public DemoSummary generate() {
        return context.demo().generate(DemoStore.spec(items));
    }

    @TearDown(Level.Iteration)
    public void deleteStore() throws IOException, SQLException {
        context.close();
        if (database != null) {
            onServer(database, "DROP DATABASE " + database.database());
            database = null;
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }
}
