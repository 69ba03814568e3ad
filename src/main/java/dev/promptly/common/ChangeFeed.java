package dev.promptly.common;

import java.util.Set;

/**
 * News of changes other desktops made to a shared store, as they commit: whose items changed, and whether the
 * store can be heard at all. Only a team store has one; a file has a single user, who sees their own changes.
 */
public interface ChangeFeed extends AutoCloseable {

    /** Items of these reps changed (inserted, updated, moved away or to them), or of anyone when {@code everything}. */
    record Change(boolean everything, Set<Long> owners) {

        public static final Change EVERYTHING = new Change(true, Set.of());

        public Change {
            owners = Set.copyOf(owners);
        }

        public boolean concerns(long repId) {
            return everything || owners.contains(repId);
        }

        /** This change and {@code other} as one: several notices read together are refreshed for once. */
        public Change and(Change other) {
            if (everything || other.everything) {
                return EVERYTHING;
            }
            java.util.Set<Long> both = new java.util.HashSet<>(owners);
            both.addAll(other.owners);
            return new Change(false, both);
        }
    }

    /** Called on the feed's own thread, never on a toolkit thread; each call should return quickly. */
    interface Listener {

        void changed(Change change);

        /** The store stopped answering; {@code why} says so in the user's words. The feed keeps trying. */
        void lost(UnavailableException why);

        /** The store answers again. Changes made meanwhile were not heard: whatever is shown may be out of date. */
        void restored();
    }

    /** Starts listening on a thread of its own; at most once. */
    void start(Listener listener);

    /** Stops listening and gives back the connection; no call to the listener starts after it returns. */
    @Override
    void close();
}
