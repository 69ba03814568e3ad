package dev.promptly.store;

import dev.promptly.common.ChangeFeed;
import dev.promptly.common.UnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team store's change notices (the triggers of V4__change_notices.sql), heard on a connection of its own that
 * does nothing else: {@code LISTEN promptly_items}, then waiting for notices a quarter of a second at a time. A
 * heartbeat query every 1.5 s, with a 2 s limit on every answer, notices a server that went silent (a dead router,
 * a sleeping laptop) within about 4 s, which a closed socket alone would not tell. When the connection fails the
 * feed says so once, then reconnects by itself, backing off up to 3 s between tries.
 */
final class ServerChangeFeed implements ChangeFeed {

    /** How the listening connection shows in the server's pg_stat_activity. */
    static final String APPLICATION_NAME = "Promptly live updates";
    static final String CHANNEL = "promptly_items";

    private static final Logger LOG = LoggerFactory.getLogger(ServerChangeFeed.class);
    private static final int WAIT_MILLIS = 250;
    private static final long HEARTBEAT_MILLIS = 1_500;
    private static final int ANSWER_WITHIN_SECONDS = 2;
    /** Notices that arrive this soon after a first one are delivered with it: a burst is refreshed for once. */
    private static final long GATHER_MILLIS = 300;
    private static final long MAX_BACKOFF_MILLIS = 3_000;

    private final ServerConnections server;
    private volatile boolean closed;
    private volatile Connection connection;
    private Thread thread;

    ServerChangeFeed(ServerConnections server) {
        this.server = server;
    }

    @Override
    public synchronized void start(Listener listener) {
        if (thread != null) {
            throw new IllegalStateException("the change feed is already started");
        }
        thread = new Thread(() -> run(listener), "promptly-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Listener listener) {
        boolean lost = false;
        long backoff = 250;
        while (!closed) {
            try (Connection c = server.connect(APPLICATION_NAME, ANSWER_WITHIN_SECONDS)) {
                connection = c;
                try (Statement statement = c.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (lost && !closed) {
                    LOG.info("The team store at {} answers again", server.location().hostAndPort());
                    listener.restored();
                }
                lost = false;
                backoff = 250;
                listen(c, listener);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (!lost) {
                    lost = true;
                    UnavailableException why = unavailable(e);
                    LOG.warn("Live updates stopped: {}", why.getMessage().replace("; nothing was written", ""));
                    listener.lost(why);
                }
                pause(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            } finally {
                connection = null;
            }
        }
    }

    private void listen(Connection c, Listener listener) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (!closed) {
            PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
            if (notices != null && notices.length > 0) {
                Change change = gather(pg, notices);
                if (!closed) {
                    listener.changed(change);
                }
                lastHeard = System.nanoTime();
            } else if (System.nanoTime() - lastHeard >= HEARTBEAT_MILLIS * 1_000_000) {
                try (Statement statement = c.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    /** These notices and any that follow within a moment, as one change. */
    private static Change gather(PGConnection pg, PGNotification[] first) throws SQLException {
        Change change = read(first);
        long until = System.nanoTime() + GATHER_MILLIS * 1_000_000;
        while (!change.everything() && System.nanoTime() < until) {
            PGNotification[] more = pg.getNotifications(100);
            if (more == null || more.length == 0) {
                break;
            }
            change = change.and(read(more));
        }
        return change;
    }

    /** A notice's payload is the comma-separated ids of the reps whose items changed, or "*" for anyone. */
    static Change read(PGNotification[] notices) {
        Set<Long> owners = new HashSet<>();
        for (PGNotification notice : notices) {
            String payload = notice.getParameter() == null ? "" : notice.getParameter().strip();
            if (payload.isEmpty() || payload.equals("*")) {
                return Change.EVERYTHING;
            }
            for (String id : payload.split(",")) {
                try {
                    owners.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    return Change.EVERYTHING; // a notice we cannot read: better refresh too much than miss it
                }
            }
        }
        return new Change(false, owners);
    }

    private UnavailableException unavailable(Exception e) {
        if (e instanceof SQLException sql) {
            RuntimeException explained = PostgresFailure.explain(sql, server.location());
            if (explained instanceof UnavailableException unavailable) {
                return unavailable;
            }
            return new UnavailableException("cannot reach the team store at " + server.location().hostAndPort()
                    + " (" + explained.getMessage() + ")", e);
        }
        return new UnavailableException("cannot reach the team store at " + server.location().hostAndPort()
                + " (" + e.getMessage() + ")", e);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread running;
        synchronized (this) {
            running = thread;
        }
        Connection c = connection;
        if (c != null) {
            try {
                c.close(); // ends a wait for notices at once
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
