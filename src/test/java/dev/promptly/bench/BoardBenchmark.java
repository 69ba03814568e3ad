package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.board.Board;
import dev.promptly.people.Team;
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
 * The team lead's board for a team of 50 reps on a store of 1,000,000 items (target: under 300 ms). The store is
 * made beforehand with {@code demo generate --teams 1 --reps 50 --weeks 52 --items 1000000
 * --at 2026-11-23T12:00:00Z}; see docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BoardBenchmark {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    /** A SQLite file, or a team store's URL ({@code -p store=postgresql://USER@HOST:PORT/DB}); see BenchStores. */
    @Param("/tmp/promptly-bench/team50.db")
    public String store;

    private AppContext context;
    private Team team;

    @Setup(Level.Trial)
    public void open() {
        context = BenchStores.openExisting(store, NOW);
        team = BenchStores.firstTeam(context);
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
    }

    @Benchmark
    public Board teamBoardNow() {
        return context.board().board(team, NOW);
    }
}
