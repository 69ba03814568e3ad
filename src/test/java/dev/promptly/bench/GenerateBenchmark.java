package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.demo.DemoSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class GenerateBenchmark {

    /** A folder for the new stores; each is deleted after its shot. */
    @Param("/tmp/promptly-bench")
    public String folder;

    @Param("1000000")
    public int items;

    private Path file;
    private AppContext context;

    @Setup(Level.Iteration)
    public void newStore() throws IOException {
        file = Files.createTempFile(Files.createDirectories(Path.of(folder)), "generate-", ".db");
        Files.delete(file);
        context = AppContext.open(file, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC));
    }

    @Benchmark
    public DemoSummary generate() {
        return context.demo().generate(DemoStore.spec(items));
    }

    @TearDown(Level.Iteration)
    public void deleteStore() throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }
}
