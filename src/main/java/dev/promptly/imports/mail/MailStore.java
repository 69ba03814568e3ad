package dev.promptly.imports.mail;

import dev.promptly.items.InboxStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What mail sync keeps between syncs; implemented by the store. Writes join the caller's transaction. */
public interface MailStore {

    Optional<MailAccount> account(long repId);

    void saveAccount(MailAccount account);

    /** Where a folder's last good sync ended. */
    record FolderState(long uidValidity, long lastUid) {
    }

    Optional<FolderState> folder(long repId, String folder);

    void saveFolder(long repId, String folder, FolderState state);

    /** Stores messages not stored yet (by key); returns how many were new. */
    int addMessages(long repId, Collection<Mail> messages);

    List<Mail> messages(long repId);

    /** The inbox as the server counted it at a sync. */
    record InboxSnapshot(Instant at, int messages, int unread, int unanswered, InboxStatus status) {
    }

    void addSnapshot(long repId, InboxSnapshot snapshot);

    /** Each rep's latest snapshot at or before {@code at}; reps never synced are absent. */
    java.util.Map<Long, InboxSnapshot> latest(java.util.Set<Long> repIds, Instant at);
}
