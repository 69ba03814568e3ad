package dev.promptly.items;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface ItemRepository {

    /** Stores a new item with its creation event, returning it with its id and version 1. */
    Item create(Item item, ItemEvent created);

    Optional<Item> find(long id);

    Optional<Item> findBySource(String source, String externalId);

    /** The item's whole history in {@link ItemEvent#CHRONOLOGICAL} order. */
    List<ItemEvent> events(long itemId);

    /**
     * The histories of several items up to and including {@code upTo} ({@link TimeBounds#END} for the whole of
     * them), each in chronological order.
     */
    Map<Long, List<ItemEvent>> events(Collection<Long> itemIds, Instant upTo);

    /**
     * Appends {@code event} and stores {@code updated}'s progress in one transaction, provided the stored item is
     * still at {@code updated.version()}; otherwise throws {@link dev.promptly.common.ConflictException}.
     * Returns the item with its new version.
     */
    Item append(Item updated, ItemEvent event);

    /**
     * Items that may match {@code query}: all that do, plus possibly some that only matched before a later event
     * (a transfer, a reply). The caller replays histories to decide; see {@link Progress#lastEventAt()}.
     */
    List<Item> candidates(ItemQuery query);

    /**
     * The items of these customers now owned by one of {@code ownerIds} (null: by anyone the reader may see), as
     * stored (their latest state): every open one, and each customer's {@code latestDone} latest resolved ones.
     */
    List<Item> ofCustomers(Collection<Long> customerIds, Set<Long> ownerIds, int latestDone);

    /** A batch for writing many new items at once; only inside a transaction. See {@link ItemBatch}. */
    ItemBatch batch();

    /**
     * A batch that will write about {@code expectedItems} items: told up front, the store can prepare for a large
     * write before the first row rather than after thousands (docs/adr/0015).
     */
    default ItemBatch batch(int expectedItems) {
        return batch();
    }
}
