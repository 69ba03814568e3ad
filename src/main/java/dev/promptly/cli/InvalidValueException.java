package dev.promptly.cli;

import picocli.CommandLine;

/** A malformed value (a time, a duration, a zone): invalid data, exit 3, unlike a misspelt option (exit 2). */
final class InvalidValueException extends CommandLine.TypeConversionException {

    InvalidValueException(String message) {
        super(message);
    }
}
