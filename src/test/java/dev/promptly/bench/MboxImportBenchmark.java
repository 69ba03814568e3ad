package dev.promptly.bench;

import dev.promptly.imports.mail.MailImport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * Importing a rep's mailbox of 100,000 messages (about 300 MB) with a heap of 256 MB (target: under 20 s), into a
 * copy of the starter demo store; each shot reads the file from disk.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class MboxImportBenchmark extends ImportStores {

    private static final String REP = "valeria.silva@promptly.example";

    private Path mbox;

    @Setup(Level.Trial)
    public void makeFile() throws IOException {
        template();
        mbox = Path.of(folder).resolve("mailbox-" + rows + ".mbox");
        if (!Files.exists(mbox)) {
            SyntheticMbox.write(mbox, rows, REP, DemoStore.NOW, 11);
        }
    }

    @Benchmark
    public MailImport.Summary importMailbox() throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(mbox), 1 << 16)) {
            return context.mailImport().importMbox(in, new MailImport.Options(REP, List.of(), null, false, false));
        }
    }
}
