package dev.promptly.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.promptly.StoreLocation;
import dev.promptly.common.StoreException;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates or brings up to date the schema of a store: the only way a team store's schema changes. A file is set up
 * as opening it always does; a server by Flyway, from PostgreSQL's own migrations, in the database's default schema.
 */
public final class StoreSetup {

    /** What setting up did: the schema version before and after, and the migrations it applied, in order. */
    public record Result(StoreLocation location, int before, int after, List<String> applied) {
    }

    private StoreSetup() {
    }

    public static Result setUp(StoreLocation location, String password) {
        if (location instanceof StoreLocation.File file) {
            boolean existed = java.nio.file.Files.exists(file.path());
            int before = existed ? schemaOfFile(file) : 0;
            Store store = Store.open(file.path());
            int after = store.schemaVersion();
            return new Result(location, before, after, before == after ? List.of()
                    : java.util.stream.IntStream.rangeClosed(before + 1, after).mapToObj(v -> "V" + v).toList());
        }
        return setUp(new ServerConnections((StoreLocation.Server) location, password));
    }

    static Result setUp(ServerConnections server) {
        try (HikariDataSource pool = server.pool()) {
            // All pending migrations in one transaction (PostgreSQL's DDL is transactional): one that fails leaves
            // the schema as it was, never half set up.
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration/postgresql")
                    .group(true)
                    .loggers("slf4j")
                    .load();
            int before = current(flyway);
            if (before > PostgresDatabase.SCHEMA_VERSION) {
                throw new StoreException("the team store at " + server.location().display() + " was set up by a "
                        + "newer Promptly (schema " + before + "; this one knows up to "
                        + PostgresDatabase.SCHEMA_VERSION + "): install the newer Promptly", null);
            }
            if (before < PostgresDatabase.SCHEMA_VERSION) {
                SetupPreconditions.check(pool, server.location(), before);
            }
            MigrateResult result = flyway.migrate();
            List<String> applied = result.migrations.stream()
                    .map(m -> "V" + m.version + " " + m.description).toList();
            return new Result(server.location(), before, current(flyway), applied);
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null) {
                throw PostgresFailure.explain(sql, server.location());
            }
            throw new StoreException("cannot set up the team store at " + server.location().display() + ": "
                    + e.getMessage().lines().findFirst().orElse("its schema could not be brought up to date"), e);
        }
    }

    private static int current(Flyway flyway) {
        var current = flyway.info().current();
        return current == null || current.getVersion() == null ? 0
                : Integer.parseInt(current.getVersion().getVersion());
    }

    private static int schemaOfFile(StoreLocation.File file) {
        SqliteNativeLibrary.prepare();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.path().toAbsolutePath());
             var statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (SQLException e) {
            return 0; // opening it below says what is wrong
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
