package dev.promptly.imports.cdr;

import java.util.Arrays;
import java.util.Optional;

/** How a call leg ended, as Asterisk writes it. */
public enum Disposition {
    ANSWERED("ANSWERED"),
    NO_ANSWER("NO ANSWER"),
    BUSY("BUSY"),
    FAILED("FAILED"),
    CONGESTION("CONGESTION");

    private final String text;

    Disposition(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    static Optional<Disposition> parse(String text) {
        String wanted = text.strip();
        return Arrays.stream(values()).filter(d -> d.text.equalsIgnoreCase(wanted)).findFirst();
    }
}
