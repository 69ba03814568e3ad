package dev.promptly.common;

/** Constructor checks for domain records, failing with messages a user can act on. */
public final class Require {

    private Require() {
    }

    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(what + " must not be empty");
        }
        return value.strip();
    }

    /** Blank optional text is stored as absent, so "" and null never mean different things. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> T present(T value, String what) {
        if (value == null) {
            throw new InvalidInputException(what + " is required");
        }
        return value;
    }
}
