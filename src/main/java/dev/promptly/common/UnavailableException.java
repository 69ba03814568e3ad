package dev.promptly.common;

/**
 * Something outside Promptly did not answer as it should: a mail server out of reach, a connection dropped half-way.
 * Nothing was written; trying again later may work. Its message names what failed in the user's words.
 */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
