package dev.promptly.imports;

import dev.promptly.common.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * Recognises the spreadsheet files people pick when they mean to import a CSV, by their first bytes, to say what to
 * do in words: an Excel workbook (.xlsx, a ZIP holding {@code [Content_Types].xml} and {@code xl/}; .xls, an OLE
 * compound file holding a "Workbook" stream) or an OpenDocument spreadsheet (.ods).
 */
final class OfficeFiles {

    static final String SAVE_AS_CSV = "save it as CSV UTF-8 first (in Excel: File > Save As > CSV UTF-8)";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private OfficeFiles() {
    }

    /** Refuses a workbook in words; anything else passes (binary data is refused afterwards as not text). */
    static void refuseWorkbook(byte[] content) {
        if (startsWith(content, ZIP)) {
            if (contains(content, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII))
                    && contains(content, "xl/".getBytes(StandardCharsets.US_ASCII))) {
                throw new InvalidInputException("this is an Excel workbook: " + SAVE_AS_CSV);
            }
            if (contains(content, "application/vnd.oasis.opendocument.spreadsheet"
                    .getBytes(StandardCharsets.US_ASCII))) {
                throw new InvalidInputException("this is an OpenDocument spreadsheet: save it as CSV UTF-8 first "
                        + "(File > Save As, file type Text CSV, character set UTF-8)");
            }
        } else if (startsWith(content, OLE)
                && contains(content, "Workbook".getBytes(StandardCharsets.UTF_16LE))) {
            throw new InvalidInputException("this is an Excel workbook (Excel 97-2003): " + SAVE_AS_CSV);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
