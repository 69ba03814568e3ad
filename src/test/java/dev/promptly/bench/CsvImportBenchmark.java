package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.people.Rep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
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
 * Importing a 100,000-row CSV of history (target: under 5 s) into a copy of the starter demo store, read from disk
 * each time. Each shot imports into a fresh copy; the first shots are warm-up. See docs/benchmarks.md for the sqlite3
 * {@code .import} reference.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CsvImportBenchmark {

    @Param("/tmp/promptly-bench")
    public String folder;

    @Param("100000")
    public int rows;

    private Path template;
    private Path csv;
    private Path store;
    private AppContext context;

    @Setup(Level.Trial)
    public void makeFiles() throws IOException {
        Path dir = Files.createDirectories(Path.of(folder));
        template = dir.resolve("cdr-template.db");
        csv = dir.resolve("history-" + rows + ".csv");
        if (!Files.exists(template)) {
            AppContext seed = AppContext.open(template, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC));
            seed.demo().generate(dev.promptly.demo.DemoSpec.starter(DemoStore.NOW));
        }
        List<String> emails = AppContext.open(template, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC)).people()
                .reps().stream().map(Rep::email).toList();
        SyntheticCsv.write(csv, rows, emails, DemoStore.NOW, 7);
    }

    @Setup(Level.Iteration)
    public void freshStore() throws IOException {
        store = Files.createTempFile(Path.of(folder), "csv-import-", ".db");
        Files.copy(template, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        context = AppContext.open(store, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC));
    }

    @Benchmark
    public CsvImport.Summary importFile() throws IOException {
        CsvImport.Summary summary = context.csvImport().run(Files.readAllBytes(csv),
                new CsvImport.Options(false, false, false, null), p -> { });
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
