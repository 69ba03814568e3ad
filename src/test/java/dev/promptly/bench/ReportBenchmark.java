package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.people.Team;
import dev.promptly.reports.WeeklyReport;
import dev.promptly.reports.export.ReportExport;
import dev.promptly.reports.export.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
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
 * The weekly summary of one team of 50 reps on a store of 1,000,000 items (target: under 1 second), on the same
 * store as {@link BoardBenchmark}; see docs/benchmarks.md for how to make it and the sqlite3 reference query.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ReportBenchmark {

    /** A SQLite file, or a team store's URL ({@code -p store=postgresql://USER@HOST:PORT/DB}); see BenchStores. */
    @Param("/tmp/promptly-bench/team50.db")
    public String store;

    private AppContext context;
    private Team team;
    private WeeklyReport lastWeek;

    @Setup(Level.Trial)
    public void open() {
        context = BenchStores.openExisting(store, BoardBenchmark.NOW);
        team = BenchStores.firstTeam(context);
        lastWeek = lastWeek();
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
    }

    /** The week a manager exports on Monday morning: complete, with its 8-week trend. */
    @Benchmark
    public WeeklyReport lastWeek() {
        return context.reports().report(team, "2026-W47", BoardBenchmark.NOW);
    }

    /** The week so far. */
    @Benchmark
    public WeeklyReport thisWeek() {
        return context.reports().report(team, "2026-W48", BoardBenchmark.NOW);
    }

    /** A week as it stood at an instant in the past: items changed since then are replayed. */
    @Benchmark
    public WeeklyReport lastWeekAsOfItsEnd() {
        return context.reports().report(team, "2026-W47", Instant.parse("2026-11-22T23:00:00Z"));
    }

    @Benchmark
    public int xlsxOfLastWeek() throws IOException {
        return export(ReportFormat.XLSX);
    }

    @Benchmark
    public int pdfOfLastWeek() throws IOException {
        return export(ReportFormat.PDF);
    }

    private int export(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExport.write(lastWeek, format, out);
        return out.size();
    }
}
