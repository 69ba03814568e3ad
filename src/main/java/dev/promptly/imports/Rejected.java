package dev.promptly.imports;

import java.nio.charset.StandardCharsets;

/**
 * A line of an import file that could not be read, why, and its bytes as they were (a rejected line is written back
 * unchanged, for the user to fix and import again). The reason may quote the line as it was: whatever prints it escapes
 * its control characters (common.ControlCharacters), once, where it is printed.
 */
public record Rejected(long line, String reason, byte[] raw) {

    /** The line as text for messages, with any bytes that are not UTF-8 shown as replacement characters. */
    public String text() {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
