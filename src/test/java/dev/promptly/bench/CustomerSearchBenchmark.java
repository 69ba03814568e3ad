package dev.promptly.bench;

import dev.promptly.items.CustomerSearch;
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
 * Finding a customer (Ctrl+K) over the million-item demo store, as a rep of the first team searches their team's
 * customers (target: under 50 ms each), and as a manager searches every team. See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CustomerSearchBenchmark {

    /** The digits a caller reads out: the 25th demo customer's "+49 30 5550 0024", as a national number. */
    @Benchmark
    public List<CustomerSearch.Found> byPhone(DemoStore store) {
        return store.context.customerSearch().find("030 5550 0024", store.team, DemoStore.NOW);
    }

    /** A company: hundreds of customers match; the first 20 by name are shown with their items. */
    @Benchmark
    public List<CustomerSearch.Found> byCompany(DemoStore store) {
        return store.context.customerSearch().find("northwind", store.team, DemoStore.NOW);
    }

    /** A surname, part of many names and emails. */
    @Benchmark
    public List<CustomerSearch.Found> byName(DemoStore store) {
        return store.context.customerSearch().find("santos", store.team, DemoStore.NOW);
    }

    /** Nobody matches: every customer is looked at. */
    @Benchmark
    public List<CustomerSearch.Found> nobody(DemoStore store) {
        return store.context.customerSearch().find("zyxw", store.team, DemoStore.NOW);
    }

    /** A manager searches every team's customers. */
    @Benchmark
    public List<CustomerSearch.Found> byCompanyEveryTeam(DemoStore store) {
        return store.context.customerSearch().find("northwind", null, DemoStore.NOW);
    }
}
