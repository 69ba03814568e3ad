package dev.promptly.imports;

import dev.promptly.common.InvalidInputException;

/**
 * Tells a text file from what is not one before an importer reads it line by line: a file saved as UTF-16 (Excel's
 * "Unicode text") or binary data would otherwise give a rejected line for every line, each quoting raw bytes.
 */
public final class TextFiles {

    /** How much of the start of a file is looked at. */
    private static final int SAMPLE = 8192;

    private TextFiles() {
    }

    /**
     * Refuses {@code content} unless it is text in UTF-8 (or ASCII).
     *
     * @param what the kind of file expected, for the message: "a CSV file"
     */
    public static void requireText(byte[] content, String what) {
        OfficeFiles.refuseWorkbook(content);
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            throw utf16();
        }
        int length = Math.min(content.length, SAMPLE);
        int evenNuls = 0;
        int oddNuls = 0;
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                if (i % 2 == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b || b == 0x7F) {
                controls++;
            }
        }
        // UTF-16 text of Latin letters has a NUL in every other byte, all on the same side.
        if (evenNuls + oddNuls > length / 4 && Math.min(evenNuls, oddNuls) < (evenNuls + oddNuls) / 10) {
            throw utf16();
        }
        // Text has NULs and control characters only by accident (an escape pasted into a name), which the row
        // that holds them answers for; data that is not text has them all through.
        if (evenNuls + oddNuls + controls > Math.max(2, length / 100)) {
            throw new InvalidInputException("this is not a text file, so not " + what + " (it holds binary data)");
        }
    }

    private static InvalidInputException utf16() {
        return new InvalidInputException("this file is UTF-16; save it as UTF-8 (in Excel: CSV UTF-8)");
    }
}
