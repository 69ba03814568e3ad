package dev.promptly;

import dev.dirs.ProjectDirectories;
import dev.promptly.common.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the store lives: a file on this computer (the embedded SQLite store) or a team's PostgreSQL server. Chosen by
 * {@code --db}, else {@code PROMPTLY_DB}, else the per-user application-data file. Never holds a password.
 */
public sealed interface StoreLocation permits StoreLocation.File, StoreLocation.Server {

    String ENVIRONMENT_VARIABLE = "PROMPTLY_DB";

    /** What the user reads and types: the file's path, or the server's URL without a password. */
    String display();

    /** The single-user store in a file. */
    record File(Path path) implements StoreLocation {
        @Override
        public String display() {
            return path.toString();
        }

        @Override
        public String toString() {
            return display();
        }
    }

    /**
     * A team store on a PostgreSQL server, named as libpq names one: {@code postgresql://[USER@]HOST[:PORT]/DBNAME
     * [?sslmode=...]}. {@code user} is null when the URL names none; the connection then takes {@code PGUSER}, else
     * the operating-system user, as psql does.
     */
    record Server(String host, int port, String database, String user, Map<String, String> parameters)
            implements StoreLocation {

        public static final int DEFAULT_PORT = 5432;

        public Server {
            parameters = Map.copyOf(parameters);
        }

        @Override
        public String display() {
            String query = parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
            return "postgresql://" + (user == null ? "" : user + "@") + hostAndPort() + "/" + database + query;
        }

        /** {@code HOST:PORT}, as messages about reaching the server name it. */
        public String hostAndPort() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        public Server withUser(String login) {
            return new Server(host, port, database, login, parameters);
        }

        @Override
        public String toString() {
            return display();
        }
    }

    /** The location {@code --db} or {@code PROMPTLY_DB} names, else the default file. */
    static StoreLocation resolve(String explicit, Map<String, String> environment) {
        String named = explicit != null && !explicit.isBlank() ? explicit : environment.get(ENVIRONMENT_VARIABLE);
        if (named == null || named.isBlank()) {
            return defaultFile();
        }
        StoreLocation location = parse(named);
        if (location instanceof Server server && server.user() == null) {
            String user = environment.get("PGUSER");
            return server.withUser(user != null && !user.isBlank() ? user : System.getProperty("user.name"));
        }
        return location;
    }

    static File defaultFile() {
        return new File(Path.of(ProjectDirectories.from("dev", "promptly", "Promptly").dataDir, "promptly.db"));
    }

    /** A file path, or a PostgreSQL URL ({@code postgresql://}, {@code postgres://} or {@code jdbc:postgresql://}). */
    static StoreLocation parse(String text) {
        String trimmed = text.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"jdbc:postgresql://", "postgresql://", "postgres://"}) {
            if (lower.startsWith(scheme)) {
                return ServerUrls.parse(trimmed, trimmed.substring(scheme.length()));
            }
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new InvalidInputException("cannot use '" + trimmed + "' as a store: give a file path or a "
                    + "postgresql:// URL");
        }
        return new File(Path.of(trimmed));
    }

    /** Reading the libpq URI form; only what Promptly can pass on to the driver is accepted. */
    final class ServerUrls {

        /** libpq's connection parameters that mean the same to PostgreSQL's JDBC driver. */
        private static final Set<String> PARAMETERS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey",
                "connect_timeout", "application_name", "options");

        private ServerUrls() {
        }

        static Server parse(String whole, String afterScheme) {
            URI uri;
            try {
                uri = new URI("postgresql://" + afterScheme);
            } catch (URISyntaxException e) {
                throw new InvalidInputException("cannot read the store URL '" + whole + "': " + e.getReason());
            }
            if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
                throw new InvalidInputException("the store URL must not hold a password (it would be kept in your "
                        + "settings and shell history): leave it out and set PGPASSWORD or use ~/.pgpass");
            }
            String host = uri.getHost();
            if (host == null || host.isBlank()) {
                throw new InvalidInputException("the store URL '" + whole + "' names no server: write "
                        + "postgresql://HOST[:PORT]/DBNAME");
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String database = decode(path.startsWith("/") ? path.substring(1) : path);
            if (database.isBlank() || database.contains("/")) {
                throw new InvalidInputException("the store URL '" + whole + "' names no database: write "
                        + "postgresql://HOST[:PORT]/DBNAME");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int equals = pair.indexOf('=');
                    String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                    String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                    if (key.equals("user")) {
                        continue; // taken below, as libpq does
                    }
                    if (key.equals("password")) {
                        throw new InvalidInputException("the store URL must not hold a password: leave it out and "
                                + "set PGPASSWORD or use ~/.pgpass");
                    }
                    if (!PARAMETERS.contains(key)) {
                        throw new InvalidInputException("the store URL has a parameter Promptly does not know: '"
                                + key + "' (known: " + String.join(", ", PARAMETERS.stream().sorted().toList()) + ")");
                    }
                    parameters.put(key, value);
                }
            }
            String user = uri.getRawUserInfo() != null ? decode(uri.getRawUserInfo()) : queryUser(uri.getRawQuery());
            int port = uri.getPort() < 0 ? Server.DEFAULT_PORT : uri.getPort();
            return new Server(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port, database,
                    user == null || user.isBlank() ? null : user, parameters);
        }

        private static String queryUser(String query) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith("user=")) {
                    return decode(pair.substring("user=".length()));
                }
            }
            return null;
        }

        private static String decode(String text) {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}
