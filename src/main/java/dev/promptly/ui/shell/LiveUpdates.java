package dev.promptly.ui.shell;

import dev.promptly.StoreLocation;
import dev.promptly.common.ChangeFeed;
import dev.promptly.common.UnavailableException;
import dev.promptly.ui.TaskRunner;

/**
 * Hands a team store's change feed to the shell on the JavaFX thread, in the user's words. Once stopped (the user
 * opened another store), whatever the feed still reports is dropped: it concerns screens that are gone.
 */
final class LiveUpdates implements ChangeFeed.Listener {

    /** What the shell does with the news, on the JavaFX thread. */
    interface Handler {
        void changed(ChangeFeed.Change change);

        /** The server is out of reach: {@code banner} for the window's top, {@code refusal} for refused actions. */
        void lost(String banner, String refusal);

        void restored();
    }

    private final TaskRunner tasks;
    private final Handler handler;
    private final String server;
    private volatile boolean stopped;

    private LiveUpdates(TaskRunner tasks, Handler handler, String server) {
        this.tasks = tasks;
        this.handler = handler;
        this.server = server;
    }

    /** Starts {@code feed}, reporting to {@code handler}. */
    static LiveUpdates follow(ChangeFeed feed, StoreLocation location, TaskRunner tasks, Handler handler) {
        String server = location instanceof StoreLocation.Server s ? s.hostAndPort() : location.display();
        LiveUpdates live = new LiveUpdates(tasks, handler, server);
        feed.start(live);
        return live;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void changed(ChangeFeed.Change change) {
        later(() -> handler.changed(change));
    }

    @Override
    public void lost(UnavailableException why) {
        // The reason (refused, timed out, shut down) is in the log; the user needs to know what it means for them.
        later(() -> handler.lost("Cannot reach the team server at " + server + " — showing what was last loaded; "
                + "reconnecting…", "Cannot reach the team server at " + server + ", so nothing was changed. Try "
                + "again once it is back (the banner at the top goes away)."));
    }

    @Override
    public void restored() {
        later(handler::restored);
    }

    private void later(Runnable update) {
        if (!stopped) {
            tasks.later(() -> {
                if (!stopped) {
                    update.run();
                }
            });
        }
    }
}
