package dev.promptly.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum with the lower-case, hyphenated name users type and see, such as {@code follow-up}. */
public interface Labeled {

    String label();

    static <E extends Enum<E> & Labeled> E parse(Class<E> type, String text, String what) {
        E[] values = type.getEnumConstants();
        String wanted = text == null ? "" : text.strip();
        for (E value : values) { // a loop, not a stream: imports parse two labels a row
            if (value.label().equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        throw new InvalidInputException("'" + text + "' is not a " + what + "; expected one of "
                + Arrays.stream(values).map(Labeled::label).collect(Collectors.joining(", ")));
    }
}
