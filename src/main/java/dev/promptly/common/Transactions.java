package dev.promptly.common;

import java.util.function.Supplier;

/**
 * Runs work that spans several repositories as one unit: all of it is written, or none of it.
 * Repositories called inside {@code work} on the same thread join the transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
