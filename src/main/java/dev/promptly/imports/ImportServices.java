package dev.promptly.imports;

import dev.promptly.common.Transactions;
import dev.promptly.items.ItemService;
import dev.promptly.people.PeopleService;
import java.time.Clock;

/** What every importer works with: people and items, the ledger of what was imported, transactions, and the time. */
public record ImportServices(PeopleService people, ItemService items, ImportLedger ledger, Transactions transactions,
                             Clock clock) {
}
