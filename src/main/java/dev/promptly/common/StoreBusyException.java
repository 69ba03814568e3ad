package dev.promptly.common;

/** Another Promptly held the store's write lock for longer than the busy timeout; trying again later helps. */
public class StoreBusyException extends StoreException {

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
