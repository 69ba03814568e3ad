package dev.promptly.common;

/**
 * A user's mistake: an unknown rep, a due time before the receipt, an action on a closed item.
 * Its message is shown to the user as it is, so it must name what is wrong in their words.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
