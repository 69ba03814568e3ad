package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.demo.DemoSpec;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A demo store of {@code items} items (5 teams of 10 reps, 52 weeks, seed 42, ending at {@link #NOW}), made with
 * the same generator as {@code promptly demo generate} the first time and reused afterwards, because making a
 * million items takes most of a minute and every benchmark runs in a fork of its own.
 */
@State(Scope.Benchmark)
public class DemoStore {

    /** The instant the demo history ends at, as with {@code demo generate --at 2026-11-23T12:00:00Z}. */
    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    public static final Instant WEEK_EARLIER = NOW.minus(Duration.ofDays(7));

    private static final int TEAMS = 5;
    private static final int REPS_PER_TEAM = 10;
    private static final int WEEKS = 52;
    private static final long SEED = 42;

    /** Where the store lives; kept between runs. Override with {@code -p store=FILE}. */
    @Param("/tmp/promptly-bench/1m.db")
    public String store;

    /** How many items the store holds; a smaller number makes a quick smoke run ({@code -p items=20000}). */
    @Param("1000000")
    public int items;

    AppContext context;
    /** An ordinary rep (not the lead or the manager) of the first team created. */
    Set<Long> rep;
    /** Every member of that team. */
    Set<Long> team;

    @Setup
    public void open() throws SQLException {
        Path file = Path.of(store);
        long stored = Files.exists(file) ? countItems(file) : 0;
        if (stored != 0 && stored != items) {
            throw new IllegalStateException(file + " holds " + stored + " items, not " + items
                    + "; delete it or pass -p store=ANOTHER_FILE");
        }
        try {
            context = AppContext.open(file, Clock.fixed(NOW, ZoneOffset.UTC));
        } catch (RuntimeException e) {
            // Usually a store kept from before a schema change, which the migrations refuse.
            throw new IllegalStateException("cannot open " + file + " (" + e.getMessage()
                    + "); delete it to have it made again", e);
        }
        if (stored == 0) {
            context.demo().generate(spec(items));
        }
        Team first = context.people().teams().stream().min(Comparator.comparingLong(Team::id)).orElseThrow();
        List<Rep> members = context.people().repsOf(first);
        rep = Set.of(members.stream()
                .filter(r -> r.role() == Role.REP)
                .min(Comparator.comparingLong(Rep::id))
                .orElseThrow()
                .id());
        team = members.stream().map(Rep::id).collect(Collectors.toUnmodifiableSet());
    }

    /** What {@code demo generate --teams 5 --reps 10 --weeks 52 --items N --at 2026-11-23T12:00:00Z} makes. */
    static DemoSpec spec(int items) {
        return new DemoSpec(TEAMS, REPS_PER_TEAM, WEEKS, items, SEED, NOW);
    }

    /** Counted over plain JDBC, so that a store that is not there yet is not created by looking at it. */
    private static long countItems(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            try (ResultSet tables = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'items'")) {
                if (!tables.next() || tables.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet rows = s.executeQuery("SELECT count(*) FROM items")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
