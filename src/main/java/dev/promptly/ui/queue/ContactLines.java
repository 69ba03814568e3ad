package dev.promptly.ui.queue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The customer's phone and email for a narrow pane. A label left to wrap them breaks a long address wherever the
 * line ends ("quarrystonewor" / "ks.example"); here each part that does not fit goes on its own line, and an address
 * still too long is broken before its "@", then before the dots of its domain, never inside a word.
 */
final class ContactLines {

    static final String SEPARATOR = "  ·  ";

    private ContactLines() {
    }

    static String fit(String contact, double width, Font font) {
        if (contact == null || contact.isEmpty() || width <= 0 || fits(contact, width, font)) {
            return contact;
        }
        List<String> lines = new ArrayList<>();
        for (String part : contact.split(SEPARATOR)) {
            lines.addAll(fits(part, width, font) ? List.of(part) : addressLines(part, width, font));
        }
        return String.join("\n", lines);
    }

    /** "name@host.example" as "name" and "@host.example", and the domain at its dots if it is still too long. */
    private static List<String> addressLines(String address, double width, Font font) {
        int at = address.indexOf('@');
        if (at <= 0) {
            return List.of(address);
        }
        List<String> lines = new ArrayList<>(List.of(address.substring(0, at)));
        String line = "";
        for (String piece : address.substring(at).split("(?=\\.)")) {
            if (!line.isEmpty() && !fits(line + piece, width, font)) {
                lines.add(line);
                line = "";
            }
            line += piece;
        }
        lines.add(line);
        return lines;
    }

    private static boolean fits(String text, double width, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth() <= width;
    }
}
