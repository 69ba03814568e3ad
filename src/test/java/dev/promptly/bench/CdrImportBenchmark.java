package dev.promptly.bench;

import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.people.Rep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a 100,000-line call-detail file (target: under 5 s) into a copy of the starter demo store (3 teams, 18
 * reps with extensions, 6,000 items), read from disk each time. See docs/benchmarks.md for the sqlite3
 * {@code .import} reference.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CdrImportBenchmark extends ImportStores {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Path cdr;

    @Setup(Level.Trial)
    public void makeFile() throws IOException {
        List<String> extensions = template().people().reps().stream().map(Rep::extension)
                .filter(Objects::nonNull).toList();
        cdr = Path.of(folder).resolve("Master-" + rows + ".csv");
        SyntheticCdr.write(cdr, rows, extensions, DemoStore.NOW, BERLIN, 7);
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
}
