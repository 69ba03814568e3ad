package dev.promptly.imports.csv;

import dev.promptly.common.InvalidInputException;
import dev.promptly.imports.TextFiles;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file as a spreadsheet saves it: UTF-8 with or without a byte-order mark, a header row, comma or semicolon
 * separated (told from the header). Column names are matched without regard to case; unknown ones are refused, so
 * that a misspelt column is not silently empty.
 */
record Table(List<Row> rows) {

    /**
     * One data row: its line in the file (the header is line 1), its cells by column, its bytes, and why it cannot
     * be read (null when it can).
     */
    record Row(long line, Map<String, String> cells, byte[] raw, String problem) {

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
        TextFiles.requireText(content, "a CSV file");
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        byte[] body = Arrays.copyOfRange(content, start, content.length);
        List<CsvRecords.Record> records = CsvRecords.read(body, delimiter(body));
        if (records.isEmpty()) {
            throw new InvalidInputException("the file is empty; it needs a header row naming its columns");
        }
        CsvRecords.Record header = records.get(0);
        if (header.problem() != null) {
            throw new InvalidInputException("line " + header.line() + ": " + header.problem());
        }
        List<String> columns = header.fields().stream()
                .map(f -> new String(f, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT)).toList();
        check(columns);
        List<Row> rows = new ArrayList<>(records.size());
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            rows.add(row(record, columns));
        }
        return new Table(rows);
    }

    private static Row row(CsvRecords.Record record, List<String> columns) {
        if (record.problem() != null) {
            return new Row(record.line(), Map.of(), record.raw(), record.problem());
        }
        // Empty cells past the last column lose nothing (a spreadsheet saves them for a stray formatted cell).
        if (record.fields().size() > columns.size() && !isBlank(record.fields().subList(columns.size(),
                record.fields().size()))) {
            return new Row(record.line(), Map.of(), record.raw(), record.fields().size() + " fields, but the header "
                    + "names " + columns.size() + " columns (a delimiter in a field that is not in quotes?)");
        }
        Map<String, String> cells = new HashMap<>();
        boolean undecodable = false;
        for (int i = 0; i < Math.min(columns.size(), record.fields().size()); i++) {
            byte[] field = record.fields().get(i);
            undecodable |= !isUtf8(field);
            cells.put(columns.get(i), new String(field, StandardCharsets.UTF_8));
        }
        return new Row(record.line(), cells, record.raw(), undecodable
                ? "not valid UTF-8 (saved in another encoding?)" : null);
    }

    /** Semicolons when the first line has more of them than commas (spreadsheets in many countries save so). */
    private static char delimiter(byte[] body) {
        int commas = 0;
        int semicolons = 0;
        for (int i = 0; i < body.length && body[i] != '\n'; i++) {
            commas += body[i] == ',' ? 1 : 0;
            semicolons += body[i] == ';' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void check(List<String> columns) {
        for (String column : columns) {
            if (!CsvImport.COLUMNS.contains(column)) {
                throw new InvalidInputException("unknown column '" + column + "' in the header; "
                        + "the columns are " + String.join(", ", CsvImport.COLUMNS));
            }
            if (columns.indexOf(column) != columns.lastIndexOf(column)) {
                throw new InvalidInputException("the header names the column '" + column + "' twice");
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

    private static boolean isUtf8(byte[] raw) {
        if (isAscii(raw)) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isBlank(List<byte[]> fields) {
        return fields.stream().allMatch(f -> new String(f, StandardCharsets.UTF_8).isBlank());
    }

    private static boolean isAscii(byte[] raw) {
        for (byte b : raw) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
