package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.demo.DemoSpec;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.store.StoreSetup;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A demo store of {@code items} items ({@code teams} teams of {@code reps} reps, by default 5 of 10, 52 weeks, seed
 * 42, ending at {@link #NOW}), made with the same generator as {@code promptly demo generate} the first time and
 * reused afterwards, because making a million items takes most of a minute and every benchmark runs in a fork of its
 * own. The store is a SQLite file or a team store's URL ({@code -p store=postgresql://USER@HOST:PORT/DB}, see
 * {@link BenchStores}); a team store is set up first if it is new.
 */
@State(Scope.Benchmark)
public class DemoStore {

    /** The instant the demo history ends at, as with {@code demo generate --at 2026-11-23T12:00:00Z}. */
    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    public static final Instant WEEK_EARLIER = NOW.minus(Duration.ofDays(7));

    private static final int TEAMS = 5;
    private static final int REPS_PER_TEAM = 10;
    private static final int DEMO_WEEKS = 52;
    private static final long SEED = 42;

    /** Where the store lives; kept between runs. Override with {@code -p store=FILE} or {@code -p store=URL}. */
    @Param("/tmp/promptly-bench/1m.db")
    public String store;

    /** Teams and reps per team of a store the setup makes; a store made before must have been made with them. */
    @Param("5")
    public int teams;

    @Param("10")
    public int reps;

    /** How many items the store holds; a smaller number makes a quick smoke run ({@code -p items=20000}). */
    @Param("1000000")
    public int items;

    AppContext context;
    /** An ordinary rep (not the lead or the manager) of the first team created. */
    Set<Long> rep;
    /** Every member of that team. */
    Set<Long> team;

    private static boolean signedInAsTeamMember(StoreLocation location) {
        if (!(location instanceof StoreLocation.Server)) {
            return false;
        }
        AppContext probe = BenchStores.open(location, NOW);
        try {
            return probe.signedIn().filter(me -> me.access() != dev.promptly.people.SignedIn.Access.ADMIN
                    && me.access() != dev.promptly.people.SignedIn.Access.MANAGER).isPresent();
        } finally {
            probe.close();
        }
    }

    @Setup
    public void open() throws SQLException {
        StoreLocation location = BenchStores.location(store);
        long stored = BenchStores.countItems(location);
        if (stored != 0 && stored != items && !signedInAsTeamMember(location)) {
            // A rep or lead signed in to a team store sees their team's items only: measuring as them is the point.
            throw new IllegalStateException(store + " holds " + stored + " items, not " + items
                    + "; delete it or pass -p store=ANOTHER_STORE");
        }
        if (stored == 0 && location instanceof StoreLocation.Server) {
            StoreSetup.setUp(location, System.getenv("PGPASSWORD"));
        }
        try {
            context = BenchStores.open(location, NOW);
        } catch (RuntimeException e) {
            // Usually a store kept from before a schema change, which the migrations refuse.
            throw new IllegalStateException("cannot open " + store + " (" + e.getMessage()
                    + "); delete it to have it made again", e);
        }
        if (stored == 0) {
            context.demo().generate(new DemoSpec(teams, reps, DEMO_WEEKS, items, SEED, NOW));
        }
        Team first = BenchStores.firstTeam(context);
        List<Rep> members = context.people().repsOf(first);
        rep = Set.of(members.stream()
                .filter(r -> r.role() == Role.REP)
                .min(Comparator.comparingLong(Rep::id))
                .orElseThrow()
                .id());
        team = members.stream().map(Rep::id).collect(Collectors.toUnmodifiableSet());
    }

    @TearDown
    public void close() {
        context.close();
    }

    /** What {@code demo generate --teams 5 --reps 10 --weeks 52 --items N --at 2026-11-23T12:00:00Z} makes. */
    static DemoSpec spec(int items) {
        return new DemoSpec(TEAMS, REPS_PER_TEAM, DEMO_WEEKS, items, SEED, NOW);
    }
}
