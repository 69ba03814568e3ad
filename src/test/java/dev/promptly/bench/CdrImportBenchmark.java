package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.people.Rep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
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
 * Importing a 100,000-line call-detail file (target: under 5 s) into a copy of the starter demo store (3 teams, 18
 * reps with extensions, 6,000 items), read from disk each time. Each shot imports into a fresh copy; the first
 * shots are warm-up. See docs/benchmarks.md for the sqlite3 {@code .import} reference.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CdrImportBenchmark {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Param("/tmp/promptly-bench")
    public String folder;

    @Param("100000")
    public int rows;

    private Path template;
    private Path cdr;
    private Path store;
    private AppContext context;

    @Setup(Level.Trial)
    public void makeFiles() throws IOException {
        Path dir = Files.createDirectories(Path.of(folder));
        template = dir.resolve("cdr-template.db");
        cdr = dir.resolve("Master-" + rows + ".csv");
        if (!Files.exists(template)) {
            AppContext seed = AppContext.open(template, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC));
            seed.demo().generate(dev.promptly.demo.DemoSpec.starter(DemoStore.NOW));
        }
        List<String> extensions = AppContext.open(template, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC)).people()
                .reps().stream().map(Rep::extension).filter(Objects::nonNull).toList();
        SyntheticCdr.write(cdr, rows, extensions, DemoStore.NOW, BERLIN, 7);
    }

    @Setup(Level.Iteration)
    public void freshStore() throws IOException {
        store = Files.createTempFile(Path.of(folder), "cdr-import-", ".db");
        Files.copy(template, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        context = AppContext.open(store, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC));
    }

    @Benchmark
    public CdrImport.Summary importFile() throws IOException {
        CdrImport.Summary summary = context.cdrImport().run(Files.readAllBytes(cdr),
                new CdrImport.Options(BERLIN, null, false, false), p -> { });
        if (!summary.imported()) {
            throw new IllegalStateException("the synthetic file was refused: " + summary.rejected().get(0));
        }
        return summary;
    }

    @TearDown(Level.Iteration)
    public void deleteStore() throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(store + suffix));
        }
    }
}
