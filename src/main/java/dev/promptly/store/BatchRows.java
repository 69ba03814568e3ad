package dev.promptly.store;

import java.sql.SQLException;
import java.util.List;

/**
 * How a large batch sends its rows to the store, chosen by the backend ({@link Database#batchRows}): items are always
 * written before the events that refer to them, and rows are written only when {@link SqlItemBatch} hands them over,
 * so the batch decides the order and this decides only the means.
 */
interface BatchRows extends AutoCloseable {

    /** Items to collect, with their events, before {@link #write}. */
    int itemsPerWrite();

    /**
     * Writes the item rows (as {@link ItemRows#item}), then the event rows (as {@link ItemRows#event}), removing what
     * it wrote from both lists. Without {@code all}, rows may stay in the lists for the next call.
     */
    void write(List<Object[]> items, List<Object[]> events, boolean all) throws SQLException;

    @Override
    void close() throws SQLException;
}
