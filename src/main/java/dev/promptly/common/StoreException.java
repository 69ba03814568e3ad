package dev.promptly.common;

/** The store failed for a reason that is not the user's input: a locked, corrupt or unreadable file. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
