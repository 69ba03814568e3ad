package dev.promptly.bench;

import dev.promptly.items.ItemView;
import dev.promptly.sla.ItemState;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The listings people wait for, over a million-item demo store: a rep's open queue (target: under 50 ms) and a
 * team's overdue list (target: under 100 ms). See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueueBenchmark {

    /** What the queue window shows when a rep opens it. */
    @Benchmark
    public List<ItemView> repQueueNow(DemoStore store) {
        return store.context.items().queue(store.rep, DemoStore.NOW);
    }

    /** The same queue looked back at a week ago: items resolved since then have their history replayed. */
    @Benchmark
    public List<ItemView> repQueueWeekEarlier(DemoStore store) {
        return store.context.items().queue(store.rep, DemoStore.WEEK_EARLIER);
    }

    /** What a team lead checks first: every open item of the team that is past its due time. */
    @Benchmark
    public List<ItemView> teamOverdueNow(DemoStore store) {
        return store.context.items().queue(store.team, DemoStore.NOW).stream()
                .filter(v -> v.state() == ItemState.OVERDUE)
                .toList();
    }
}
