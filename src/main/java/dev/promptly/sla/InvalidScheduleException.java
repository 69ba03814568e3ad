package dev.promptly.sla;

import dev.promptly.common.InvalidInputException;

/** A schedule typed in a form that cannot be saved; its message names the weekday or part and the problem. */
public final class InvalidScheduleException extends InvalidInputException {

    public InvalidScheduleException(String message) {
        super(message);
    }
}
