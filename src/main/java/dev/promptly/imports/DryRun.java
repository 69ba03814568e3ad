package dev.promptly.imports;

import dev.promptly.common.Transactions;
import java.util.function.Supplier;

/**
 * Runs an import's work in a transaction, and for a dry run rolls it back at the end: the dry run does exactly what
 * the import would, so what it reports is what the import will do.
 */
public final class DryRun {

    private DryRun() {
    }

    public static <T> T run(Transactions transactions, boolean dryRun, Supplier<T> work) {
        try {
            return transactions.inTransaction(() -> {
                T result = work.get();
                if (dryRun) {
                    throw new Rollback(result);
                }
                return result;
            });
        } catch (Rollback rollback) {
            @SuppressWarnings("unchecked")
            T result = (T) rollback.result;
            return result;
        }
    }

    /** Ends the transaction without writing, carrying the work's result out. */
    private static final class Rollback extends RuntimeException {
        private final transient Object result;

        Rollback(Object result) {
            super("dry run", null, false, false);
            this.result = result;
        }
    }
}
