package dev.promptly.imports;

/**
 * Text from an import file made safe to print: a message that quotes a file's content must not carry its control
 * characters (a terminal escape, a line break that forges a second message) to the user's terminal.
 */
public final class Printable {

    private Printable() {
    }

    /** Control characters, line and paragraph separators and bidirectional overrides as {@code \u001b}. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(Printable::isUnsafe)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (isUnsafe(c)) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.append((char) c);
            }
        });
        return escaped.toString();
    }

    private static boolean isUnsafe(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
