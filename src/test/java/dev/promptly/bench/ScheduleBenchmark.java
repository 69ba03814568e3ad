package dev.promptly.bench;

import dev.promptly.sla.Schedule;
import dev.promptly.sla.ScheduleFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Business-time arithmetic, the cost behind every due time on the business clock (target: at least 1,000,000
 * {@code add} operations per second for PT24H on a Monday-to-Friday schedule with holidays). See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScheduleBenchmark {

    private static final Duration TARGET = Duration.ofHours(24);
    /** Receipts spread over two years, one every 7 minutes 13 seconds, so every weekday and hour is hit. */
    private static final int RECEIPTS = 100_000;

    private Schedule schedule;
    private Instant[] receipts;
    private int next;

    @Setup
    public void setUp() {
        schedule = ScheduleFormat.parse("""
                {"zone":"Europe/Berlin","holiday_calendar":"DE-BY","holidays":["2026-06-12","2027-06-11"],
                 "hours":{"mon":[["09:00","17:00"]],"tue":[["09:00","17:00"]],"wed":[["09:00","17:00"]],
                          "thu":[["09:00","17:00"]],"fri":[["09:00","17:00"]]},
                 "exceptions":{"2026-12-24":[["09:00","12:00"]],"2026-12-31":[]}}""");
        receipts = new Instant[RECEIPTS];
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < RECEIPTS; i++) {
            receipts[i] = start.plusSeconds(433L * i);
        }
    }

    private Instant nextReceipt() {
        next = next + 1 == RECEIPTS ? 0 : next + 1;
        return receipts[next];
    }

    @Benchmark
    public Instant addBusinessDay() {
        return schedule.add(nextReceipt(), TARGET);
    }

    @Benchmark
    public Duration elapsedOverThreeDays() {
        Instant from = nextReceipt();
        return schedule.elapsed(from, from.plus(Duration.ofHours(72)));
    }
}
