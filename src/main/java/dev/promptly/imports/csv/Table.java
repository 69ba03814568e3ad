package dev.promptly.imports.csv;

import dev.promptly.common.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a spreadsheet saves it: UTF-8 with or without a byte-order mark, a header row, comma or semicolon
 * separated (told from the header). Column names are matched without regard to case; unknown ones are refused, so
 * that a misspelt column is not silently empty.
 */
record Table(List<Row> rows) {

    private static final String REPLACEMENT = "\uFFFD";

    /** One data row: its line in the file (the header is line 1), its cells by column, and its bytes. */
    record Row(long line, Map<String, String> cells, byte[] raw, boolean undecodable) {

        /** The cell's text, stripped; null when empty or the column is absent. */
        String text(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw new InvalidInputException(column + " is empty");
            }
            return value;
        }

        /** An ISO-8601 time with its offset, such as 2026-11-20T16:40:00+01:00; null when empty. */
        Instant time(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return OffsetTimes.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(column + " '" + value + "' is not a time with an offset, such as "
                        + "2026-11-20T16:40:00+01:00");
            }
        }
    }

    static Table read(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        byte[] body = Arrays.copyOfRange(content, start, content.length);
        List<byte[]> lines = lines(body);
        if (lines.isEmpty()) {
            throw new InvalidInputException("the file is empty; it needs a header row naming its columns");
        }
        String header = new String(lines.get(0), StandardCharsets.UTF_8);
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(body, StandardCharsets.UTF_8)), format)) {
            List<String> columns = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            check(columns);
            List<Row> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                // Counts the line breaks read so far: the line the record ends on.
                long line = parser.getCurrentLineNumber();
                byte[] raw = line - 1 < lines.size() ? lines.get((int) line - 1) : new byte[0];
                Map<String, String> cells = new HashMap<>();
                boolean replaced = false;
                for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
                    cells.put(columns.get(i), record.get(i));
                    replaced |= record.get(i).contains(REPLACEMENT);
                }
                rows.add(new Row(line, cells, raw, replaced && !isUtf8(raw)));
            }
            return new Table(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("the file is not readable as CSV: " + e.getMessage());
        }
    }

    private static void check(List<String> columns) {
        for (String column : columns) {
            if (!CsvImport.COLUMNS.contains(column)) {
                throw new InvalidInputException("unknown column '" + column + "' in the header; the columns are "
                        + String.join(", ", CsvImport.COLUMNS));
            }
        }
        for (String required : List.of("kind", "rep", "customer")) {
            if (!columns.contains(required)) {
                throw new InvalidInputException("the header lacks the column '" + required + "'");
            }
        }
        if (!columns.contains("received_at") && !columns.contains("due_at")) {
            throw new InvalidInputException("the header lacks received_at (and due_at)");
        }
    }

    private static List<byte[]> lines(byte[] body) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                if (i < body.length || end > start) {
                    lines.add(Arrays.copyOfRange(body, start, end));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean isUtf8(byte[] raw) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
