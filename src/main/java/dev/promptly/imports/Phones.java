package dev.promptly.imports;

import java.util.Locale;

/** Phone numbers compared the way people write them: spaces, dashes, dots, slashes and brackets do not count. */
public final class Phones {

    private Phones() {
    }

    /** "+49 (30) 123-45" and "+4930 12345" are the same number; null and blank are none. */
    public static String normalize(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return phone.replaceAll("[\\s\\-().\\/]", "").toLowerCase(Locale.ROOT);
    }
}
