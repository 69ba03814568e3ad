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
        // A loop rather than a pattern: an import normalizes every row's number, and the pattern was a tenth of it.
        StringBuilder kept = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (!isSeparator(c)) {
                kept.append(c);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** What the pattern [\s\-()./] matched: ASCII white space, dashes, brackets, dots and slashes. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-' || c == '('
                || c == ')' || c == '.' || c == '/';
    }
}
