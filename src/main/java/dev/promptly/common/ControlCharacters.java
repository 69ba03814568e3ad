package dev.promptly.common;

/**
 * Text shown in a terminal with its control characters made visible, so that a name or subject holding an escape
 * sequence (ESC, the C1 CSI, a bidirectional override) cannot recolour, move or hide what the terminal shows, and a
 * tab or line break cannot break a table's layout. The store keeps the text as it was typed; only what is printed is
 * escaped.
 *
 * <p>Tab, line feed and carriage return print as {@code \t}, {@code \n}, {@code \r}; any other control character as
 * {@code \}{@code u} and four hexadecimal digits ({@code ESC} is {@code \}{@code u001b}). A backslash is doubled only
 * where it would otherwise read as the start of such an escape ({@code C:\Users} stays as it is, a typed
 * {@code \}{@code u001b} prints as {@code \\}{@code u001b}), so the form is unambiguous and Windows paths stay
 * readable.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** {@code text} with every control character escaped; null stays null. */
    public static String escaped(String text) {
        if (text == null || text.chars().noneMatch(c -> c == '\\' || isControl(c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append(startsEscape(text, i + 1) ? "\\\\" : "\\");
            } else if (isControl(c)) {
                out.append(escape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean startsEscape(String text, int next) {
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        return c == '\\' || c == 't' || c == 'n' || c == 'r' || c == 'u' || isControl(c);
    }

    private static String escape(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.format("\\u%04x", (int) c);
        };
    }

    /**
     * C0 and C1 controls and DEL, the line and paragraph separators, and the bidirectional embeddings, overrides and
     * isolates, which reorder the text around them on screen.
     */
    public static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
