package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.imports.csv.CsvImport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The CSV import's wall and CPU time, shot by shot, on a copy of the benchmark's starter store: on a loaded machine
 * the CPU time of the importing thread (SQLite runs on it) varies far less than the wall time. Run after
 * CsvImportBenchmark made its files: {@code java -cp ... dev.promptly.bench.CsvImportCpu /tmp/promptly-bench 7}.
 */
public final class CsvImportCpu {

    private CsvImportCpu() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/promptly-bench");
        int shots = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        byte[] csv = Files.readAllBytes(folder.resolve("history-100000.csv"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int shot = 0; shot < shots; shot++) {
            Path store = Files.createTempFile(folder, "cpu-", ".db");
            Files.copy(folder.resolve("starter.db"), store, StandardCopyOption.REPLACE_EXISTING);
            AppContext context = AppContext.open(store, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC));
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            CsvImport.Summary summary = context.csvImport().run(csv, new CsvImport.Options(false, false, false, null),
                    p -> { });
            System.out.printf("shot %d: %d ms wall, %d ms cpu, %d created%n", shot,
                    (System.nanoTime() - wall) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    summary.created());
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(store + suffix));
            }
        }
    }
}
