package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.people.Team;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Properties;

/**
 * Where a benchmark's store is: its {@code store} parameter is either a SQLite file or a team store's URL
 * ({@code -p store=postgresql://owner@127.0.0.1:55432/bench1m}, as {@code --db} takes it; the password comes from
 * {@code PGPASSWORD} or ~/.pgpass). The same benchmark classes then measure either backend.
 */
final class BenchStores {

    private BenchStores() {
    }

    static StoreLocation location(String store) {
        return StoreLocation.parse(store);
    }

    static boolean isServer(String store) {
        return location(store) instanceof StoreLocation.Server;
    }

    /** Opens a store that must already hold data (made with {@code demo generate}, see docs/benchmarks.md). */
    static AppContext openExisting(String store, Instant now) {
        StoreLocation location = location(store);
        if (location instanceof StoreLocation.File file && !Files.exists(file.path())) {
            throw new IllegalStateException(store + " does not exist; make it as docs/benchmarks.md says");
        }
        AppContext context = open(location, now);
        if (context.people().teams().isEmpty()) {
            context.close();
            throw new IllegalStateException(store + " holds no teams; make it as docs/benchmarks.md says");
        }
        return context;
    }

    static AppContext open(StoreLocation location, Instant now) {
        return AppContext.open(location, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The team created first: the only one of a one-team store, Support Berlin in the demo's bigger stores. */
    static Team firstTeam(AppContext context) {
        return context.people().teams().stream().min(Comparator.comparingLong(Team::id)).orElseThrow();
    }

    /**
     * The items stored at {@code location}, counted over plain JDBC so that a store that is not there yet is not
     * created (nor a server's schema required) by looking at it; 0 when there is no items table.
     */
    static long countItems(StoreLocation location) throws SQLException {
        if (location instanceof StoreLocation.File file && !Files.exists(file.path())) {
            return 0;
        }
        String exists;
        try (Connection c = connect(location); Statement s = c.createStatement()) {
            exists = location instanceof StoreLocation.Server
                    ? "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'items'"
                    : "SELECT count(*) FROM sqlite_master WHERE name = 'items'";
            try (ResultSet tables = s.executeQuery(exists)) {
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

    /** A plain JDBC connection to {@code location} (on a server, to the database {@code database} if not null). */
    static Connection connect(StoreLocation location) throws SQLException {
        if (location instanceof StoreLocation.Server server) {
            return connect(server, server.database());
        }
        return DriverManager.getConnection("jdbc:sqlite:" + ((StoreLocation.File) location).path().toAbsolutePath());
    }

    static Connection connect(StoreLocation.Server server, String database) throws SQLException {
        Properties properties = new Properties();
        if (server.user() != null) {
            properties.setProperty("user", server.user());
        }
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + server.hostAndPort() + "/" + database, properties);
    }
}
