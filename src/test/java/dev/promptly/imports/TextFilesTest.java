package dev.promptly.imports;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.common.InvalidInputException;
import dev.promptly.testing.Workbooks;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Telling text from UTF-16 and binary data before an import reads it line by line. */
class TextFilesTest {

    private static final String TEXT = "kind,rep,customer\ncallback,anna@x.example,Jörg Klein\n".repeat(20);

    @Test
    void utf8TextPassesEvenWithAStrayControlCharacterInIt() {
        assertThatCode(() -> TextFiles.requireText((TEXT + "x\u0000y\u001b[31m\n" + TEXT)
                .getBytes(StandardCharsets.UTF_8), "a CSV file")).doesNotThrowAnyException();
        assertThatCode(() -> TextFiles.requireText(new byte[0], "a CSV file")).doesNotThrowAnyException();
    }

    @Test
    void utf16IsToldByItsByteOrderMarkOrItsNuls() {
        for (byte[] content : new byte[][] {("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE),
            ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE), TEXT.getBytes(StandardCharsets.UTF_16LE),
            TEXT.getBytes(StandardCharsets.UTF_16BE)}) {
            assertThatThrownBy(() -> TextFiles.requireText(content, "a CSV file"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("this file is UTF-16; save it as UTF-8");
        }
    }

    @Test
    void binaryDataIsNotText() {
        byte[] garbage = new byte[10_000];
        new Random(3).nextBytes(garbage);

        assertThatThrownBy(() -> TextFiles.requireText(garbage, "a call-detail file"))
                .hasMessage("this is not a text file, so not a call-detail file (it holds binary data)");
    }

    @Test
    void anExcelWorkbookIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> TextFiles.requireText(Workbooks.xlsx("kind,rep", "callback,anna@x.example"),
                "a CSV file")).hasMessage("this is an Excel workbook: save it as CSV UTF-8 first (in Excel: File > "
                        + "Save As > CSV UTF-8)");
        assertThatThrownBy(() -> TextFiles.requireText(Workbooks.xls(), "a CSV file"))
                .hasMessageStartingWith("this is an Excel workbook (Excel 97-2003): save it as CSV UTF-8 first");
    }

    @Test
    void anyOtherZipIsNotAText() {
        byte[] zip = new byte[512];
        new Random(5).nextBytes(zip);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zip, 0, 4);

        assertThatThrownBy(() -> TextFiles.requireText(zip, "a CSV file"))
                .hasMessage("this is not a text file, so not a CSV file (it holds binary data)");
    }
}
