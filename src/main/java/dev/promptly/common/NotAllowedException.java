package dev.promptly.common;

/**
 * The signed-in person may not do this on the team store: refused before anything was written, and said with who
 * they are and what is not allowed. Exit 5 on the command line.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message, Throwable cause) {
        super(message, cause);
    }
}
