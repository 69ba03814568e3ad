package dev.promptly.store;

import dev.promptly.StoreLocation;
import dev.promptly.common.NotAllowedException;
import dev.promptly.common.StoreBusyException;
import dev.promptly.common.StoreException;
import dev.promptly.common.UnavailableException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * What a failure of the team store means to its user, by PostgreSQL's SQLSTATE and the network's exceptions: the
 * server out of reach (try again: exit 4), a login refused, a database missing, a lock held too long.
 */
final class PostgresFailure {

    private PostgresFailure() {
    }

    static RuntimeException explain(SQLException e, StoreLocation.Server location) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = "the team store at " + location.display();
        Throwable tls = causeOf(e, javax.net.ssl.SSLException.class);
        if (tls != null) {
            return new StoreException("the team server at " + location.hostAndPort() + " could not be verified over "
                    + "TLS (" + firstLine(tls.getMessage()) + "): check sslrootcert and the server's certificate; "
                    + "nothing was written", e);
        }
        if (unreachable(e, state)) {
            return new UnavailableException("cannot reach the team store at " + location.hostAndPort() + " ("
                    + networkReason(e) + "); nothing was written", e);
        }
        String message = firstLine(e.getMessage());
        if (message.contains("no password was provided")) {
            return new StoreException(where + " asks for a password for " + user(location) + ": set PGPASSWORD or "
                    + "add it to ~/.pgpass (see docs/team-server.md)", e);
        }
        return switch (state) {
            // The server answers an unknown login as it answers a wrong password, and says no more on purpose.
            case "28P01" -> new StoreException(where + " refused the login " + user(location)
                    + ": wrong password or unknown login", e);
            case "28000" -> new StoreException(where + " refused the login " + user(location) + " ("
                    + serverReason(message) + ")", e);
            case "3D000" -> new StoreException("there is no database '" + location.database() + "' on "
                    + location.hostAndPort() + ": ask the team server's administrator for the store's URL", e);
            case "40001", "40P01", "55P03", "57014" -> new StoreBusyException(where + " was busy and gave up on "
                    + "this change (" + message + "); nothing was written, try again", e);
            case "42501" -> new NotAllowedException(user(location) + " may not do this on " + where + ": "
                    + serverReason(message) + "; nothing was written", e);
            case "53100" -> new StoreException("the disk of the team server " + location.hostAndPort()
                    + " is full; nothing was written", e);
            default -> new StoreException(where + " failed: " + message, e);
        };
    }

    private static boolean unreachable(SQLException e, String state) {
        if (state.startsWith("08") || e instanceof SQLTransientConnectionException || state.equals("57P01")
                || state.equals("57P02") || state.equals("57P03")) {
            return !firstLine(e.getMessage()).contains("no password was provided");
        }
        return networkCause(e) != null;
    }

    private static Throwable causeOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException || cause instanceof java.io.EOFException) {
                return cause;
            }
        }
        return null;
    }

    private static String networkReason(SQLException e) {
        Throwable cause = networkCause(e);
        if (cause instanceof UnknownHostException) {
            return "no such host";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof NoRouteToHostException) {
            return "no route to the host";
        }
        if (cause instanceof SocketTimeoutException) {
            return "it did not answer in time";
        }
        if (cause != null) {
            return "the connection was lost";
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("57P")) {
            return "the server is shutting down or starting";
        }
        if (e instanceof SQLTransientConnectionException) {
            return "it did not answer in time"; // the pool's "Connection is not available, request timed out ..."
        }
        return firstLine(e.getMessage());
    }

    /** The server's own words, without "ERROR: " or "FATAL: ", and its row-level security jargon said plainly. */
    private static String serverReason(String message) {
        String reason = message.replaceFirst("^(ERROR|FATAL): ", "");
        if (reason.startsWith("new row violates row-level security policy")) {
            return "the team store's rules do not allow it (" + reason + ")";
        }
        return reason;
    }

    private static String user(StoreLocation.Server location) {
        return location.user() == null ? "your login" : location.user();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
