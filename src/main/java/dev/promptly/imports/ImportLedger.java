package dev.promptly.imports;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** What importers have already taken in, by source and the record's own id; implemented by the store. */
public interface ImportLedger {

    /** What a record did to an item. */
    enum Role { CREATED, REPEAT, ATTEMPT, NONE }

    /** One record taken in, what it did, and the item it created or changed (null when it changed none). */
    record Entry(String externalId, Role role, Long itemId) {
    }

    /** Which of {@code externalIds} of {@code source} were imported before. */
    default Set<String> known(String source, Collection<String> externalIds) {
        return items(source, externalIds).keySet();
    }

    /**
     * Those of {@code externalIds} of {@code source} imported before, each with the item it created or changed (0
     * when it changed none).
     */
    Map<String, Long> items(String source, Collection<String> externalIds);

    /** How many records of {@code source} created or repeated item {@code itemId}: for a callback, its calls. */
    int timesCalled(String source, long itemId);

    /** Records entries, inside the caller's transaction. */
    void record(String source, Collection<Entry> entries, Instant at);
}
