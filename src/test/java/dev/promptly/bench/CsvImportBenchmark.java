package dev.promptly.bench;

import dev.promptly.imports.csv.CsvImport;
import dev.promptly.people.Rep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a 100,000-row CSV of history (target: under 5 s) into a copy of the starter demo store, read from disk
 * each time. See docs/benchmarks.md for the sqlite3 {@code .import} reference.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CsvImportBenchmark extends ImportStores {

    private Path csv;

    @Setup(Level.Trial)
    public void makeFile() throws IOException {
        List<String> emails = template().people().reps().stream().map(Rep::email).toList();
        csv = Path.of(folder).resolve("history-" + rows + ".csv");
        SyntheticCsv.write(csv, rows, emails, DemoStore.NOW, 7);
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
}
