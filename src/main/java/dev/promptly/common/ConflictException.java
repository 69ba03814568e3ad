package dev.promptly.common;

/** Someone else changed the same record since it was read; the caller should reload and try again. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
