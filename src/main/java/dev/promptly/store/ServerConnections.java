package dev.promptly.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.promptly.StoreLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How Promptly connects to a team's server: the location's user and parameters, the password given (else the
 * driver's own ~/.pgpass lookup), and timeouts so that a server that stops answering is noticed rather than waited
 * for. The password is kept only in memory, and only here.
 */
final class ServerConnections {

    /** Seconds to wait for a connection and sign-in; a server that does not answer in this time is out of reach. */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** Seconds a query may wait for the server's answer: far above any screen's, far below forever. */
    private static final int SOCKET_TIMEOUT_SECONDS = 30;
    private static final int POOL_SIZE = 4;

    private final StoreLocation.Server location;
    private final String password;

    ServerConnections(StoreLocation.Server location, String password) {
        this.location = location;
        this.password = password;
    }

    StoreLocation.Server location() {
        return location;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + location.hostAndPort() + "/" + encode(location.database());
    }

    Properties properties() {
        Properties properties = new Properties();
        if (location.user() != null) {
            properties.setProperty("user", location.user());
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "Promptly");
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        // The whole sign-in, not only the TCP connection: a server behind a dead link accepts the connection (or a
        // router does) and then says nothing, and without this the sign-in waited for the socket timeout.
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        location.parameters().forEach((key, value) -> properties.setProperty(driverName(key), value));
        return properties;
    }

    /** A connection of its own, outside the pool: for setup, copying and listening. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), properties());
    }

    /**
     * A connection of its own named {@code applicationName} (as the server's activity lists show it), that gives up
     * on an answer after {@code socketTimeoutSeconds}: a listener must notice a silent server within seconds.
     */
    Connection connect(String applicationName, int socketTimeoutSeconds) throws SQLException {
        Properties properties = properties();
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("socketTimeout", String.valueOf(socketTimeoutSeconds));
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("promptly");
        config.setJdbcUrl(jdbcUrl());
        config.setDataSourceProperties(properties());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L + 1000L);
        config.setValidationTimeout(3000);
        config.setKeepaliveTime(60_000);
        config.setInitializationFailTimeout(1); // the first connection is made now: a bad address fails at once
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException failure) {
                throw PostgresFailure.explain(failure, location);
            }
            throw e;
        }
    }

    /** libpq's parameter names where the JDBC driver's differ. */
    private static String driverName(String libpqName) {
        return switch (libpqName) {
            case "connect_timeout" -> "connectTimeout";
            case "application_name" -> "ApplicationName";
            default -> libpqName;
        };
    }

    private static String encode(String database) {
        return java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
