package dev.promptly.imports.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What was wrong with a message of a mailbox file that was imported all the same, naming the message so that the
 * user can find it: a message cut off in its headers (a truncated export), or a {@code Date} that cannot be read
 * (the time of its "From " line is used, or the message is left out when that has none either).
 */
final class MailWarnings {

    private MailWarnings() {
    }

    static List<String> of(long line, List<String> headerLines, boolean cutOff, Mail mail) {
        List<String> warnings = new ArrayList<>(0);
        String name = "message " + (mail.key().startsWith("hash:") ? "" : "<" + mail.key() + "> ")
                + "at line " + line;
        if (cutOff) {
            warnings.add(name + " is cut off in its headers (the file ends there); what it has is imported");
        }
        String date = value(headerLines, "date");
        if (MailDates.header(date) == null) {
            String what = date == null ? "has no Date" : "has a Date that cannot be read ('"
                    + date + "')";
            warnings.add(name + " " + what + (mail.date() != null ? "; the time on its 'From ' line is used"
                    : "; it is left out"));
        }
        return warnings;
    }

    /** The first header of that name, or null. */
    private static String value(List<String> headerLines, String name) {
        for (String line : headerLines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }
}
