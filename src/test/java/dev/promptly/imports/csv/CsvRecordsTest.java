package dev.promptly.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV record reader: RFC 4180 quoting, line numbers through quoted line breaks, and recovery from bad quotes. */
class CsvRecordsTest {

    private static List<CsvRecords.Record> read(String text) {
        return CsvRecords.read(text.getBytes(StandardCharsets.UTF_8), ',');
    }

    private static List<String> fields(CsvRecords.Record record) {
        return record.fields().stream().map(f -> new String(f, StandardCharsets.UTF_8)).toList();
    }

    private static String raw(CsvRecords.Record record) {
        return new String(record.raw(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsFieldsWithQuotesDelimitersAndLineBreaksInside() {
        List<CsvRecords.Record> records = read("a,\"b,c\",\"say \"\"hi\"\"\",,\"two\r\nlines\"\r\n"
                + "last,  \"spaced\" ,é");

        assertThat(records).hasSize(2);
        assertThat(fields(records.get(0))).containsExactly("a", "b,c", "say \"hi\"", "", "two\r\nlines");
        assertThat(records.get(0).line()).isOne();
        assertThat(fields(records.get(1))).containsExactly("last", "spaced", "é");
        assertThat(records.get(1).line()).as("after the line break inside quotes").isEqualTo(3);
        assertThat(records.get(1).problem()).isNull();
    }

    @Test
    void skipsEmptyLinesAndReadsLoneCarriageReturnsAsLineEnds() {
        List<CsvRecords.Record> records = read("a,b\n\n\r\nc,d\re,f\n");

        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1L, 4L, 5L);
        assertThat(records).extracting(CsvRecordsTest::raw).containsExactly("a,b", "c,d", "e,f");
    }

    @Test
    void anUnclosedQuoteSetsAsideOnlyItsLineAndTheRecordsAfterItAreRead() {
        List<CsvRecords.Record> records = read("a,b\nc,\"d\ne,f\ng,h");

        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.get(1).problem()).startsWith("a quoted field is not closed");
        assertThat(raw(records.get(1))).isEqualTo("c,\"d");
        assertThat(fields(records.get(2))).containsExactly("e", "f");
        assertThat(records.get(3).problem()).isNull();
    }

    @Test
    void textAfterAClosingQuoteIsAProblemOfThatLine() {
        List<CsvRecords.Record> records = read("\"a\"b,c\nd,e");

        assertThat(records.get(0).problem()).startsWith("text after a closing quote");
        assertThat(raw(records.get(0))).isEqualTo("\"a\"b,c");
        assertThat(fields(records.get(1))).containsExactly("d", "e");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertThat(fields(read("a 5\" screen,b").get(0))).containsExactly("a 5\" screen", "b");
    }

    @Test
    void readsSemicolonSeparatedRecords() {
        assertThat(fields(CsvRecords.read("a;\"b;c\";d,e".getBytes(StandardCharsets.UTF_8), ';').get(0)))
                .containsExactly("a", "b;c", "d,e");
    }
}
