package dev.promptly.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Spreadsheet files as people pick them by mistake for a CSV import. */
public final class Workbooks {

    private Workbooks() {
    }

    /** A real .xlsx, written by fastexcel, holding the rows of a CSV. */
    public static byte[] xlsx(String... csvLines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < csvLines.length; r++) {
                String[] cells = csvLines[r].split(",");
                for (int c = 0; c < cells.length; c++) {
                    sheet.value(r, c, cells[c]);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The start of an Excel 97-2003 .xls as Excel writes it: the OLE compound-file signature, then (in the first
     * directory sector) the stream named "Workbook" in UTF-16; the rest zeros.
     */
    public static byte[] xls() {
        byte[] content = new byte[4096];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, content, 0, signature.length);
        byte[] name = "Workbook".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, content, 1024 + 128, name.length);
        return content;
    }
}
