package dev.promptly.items;

import java.util.List;

/**
 * Many new items with their histories, written with bulk statements inside the caller's transaction
 * ({@link dev.promptly.common.Transactions#inTransaction}), so that all of them are stored or none.
 * For generated or imported volumes where a statement per row would be too slow.
 */
public interface ItemBatch extends AutoCloseable {

    /** Queues an item and its whole history (starting with its creation); returns the id it will have. */
    long add(Item item, List<ItemEvent> history);

    /** Writes what is still queued. */
    @Override
    void close();
}
