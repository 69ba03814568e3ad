package dev.promptly.imports.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message ids in headers: only real ones, {@code <left@right>}; mistakes such as {@code <yes>} are not ids. */
final class MessageIds {

    private static final Pattern ID = Pattern.compile("<([^<>\\s@]+@[^<>\\s@]+)>");

    private MessageIds() {
    }

    /** The valid ids in a header value, in order, without the angle brackets. */
    static List<String> in(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher m = ID.matcher(header);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
