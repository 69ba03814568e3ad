package dev.promptly.imports.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits CSV bytes into records (RFC 4180: fields in double quotes may hold the delimiter, doubled quotes and line
 * breaks), each with the line it starts on and its bytes as they were. A record that breaks the quoting rules is
 * returned with the reason instead of stopping the file, so that the rows around it can still be imported.
 * Works on bytes: the delimiter, quote and line ends are ASCII, which never occurs inside a UTF-8 character.
 */
final class CsvRecords {

    /**
     * One record: its first line, its fields (still bytes, each decoded by the caller), its bytes without the line
     * end, and why it cannot be read (null when it can).
     */
    record Record(long line, List<byte[]> fields, byte[] raw, String problem) {
    }

    private final byte[] in;
    private final byte delimiter;
    private int at;
    private long line = 1;

    private CsvRecords(byte[] in, byte delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Every record of {@code in}; empty lines are skipped. */
    static List<Record> read(byte[] in, char delimiter) {
        CsvRecords reader = new CsvRecords(in, (byte) delimiter);
        List<Record> records = new ArrayList<>();
        while (reader.at < in.length) {
            Record record = reader.next();
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    /** The record at the reading position, or null for an empty line. */
    private Record next() {
        int start = at;
        long startLine = line;
        List<byte[]> fields = new ArrayList<>();
        String problem = null;
        while (problem == null) {
            int fieldStart = at;
            skipSpaces();
            if (at < in.length && in[at] == '"') {
                problem = quoted(fields);
            } else {
                at = fieldStart;
                while (at < in.length && in[at] != delimiter && in[at] != '\n' && in[at] != '\r') {
                    at++;
                }
                fields.add(Arrays.copyOfRange(in, fieldStart, at));
            }
            if (problem != null || at >= in.length || in[at] != delimiter) {
                break;
            }
            at++;
        }
        if (problem != null) {
            // Only the line the record began on is set aside: the rows after it are read as if it were not there.
            at = start;
            line = startLine;
            skipToLineEnd();
        }
        int end = at;
        endLine();
        if (problem == null && end == start) {
            return null;
        }
        return new Record(startLine, fields, Arrays.copyOfRange(in, start, end), problem);
    }

    /** Reads a field in quotes, from its opening quote; returns why it is malformed, or null. */
    private String quoted(List<byte[]> fields) {
        long opened = line;
        at++;
        ByteBuffer field = new ByteBuffer();
        while (true) {
            if (at >= in.length) {
                return "a quoted field is not closed" + (line > opened ? " (it opens here and runs to the end of "
                        + "the file)" : "");
            }
            byte b = in[at++];
            if (b == '"') {
                if (at < in.length && in[at] == '"') {
                    field.add(b);
                    at++;
                } else {
                    break;
                }
            } else {
                if (b == '\n') {
                    line++;
                }
                field.add(b);
            }
        }
        skipSpaces();
        if (at < in.length && in[at] != delimiter && in[at] != '\n' && in[at] != '\r') {
            return "text after a closing quote" + (line > opened ? " on line " + line + " (the quoted field opens "
                    + "here)" : "") + "; a quote inside a quoted field is written twice (\"\")";
        }
        fields.add(field.bytes());
        return null;
    }

    private void skipSpaces() {
        while (at < in.length && (in[at] == ' ' || in[at] == '\t') && in[at] != delimiter) {
            at++;
        }
    }

    private void skipToLineEnd() {
        while (at < in.length && in[at] != '\n' && in[at] != '\r') {
            at++;
        }
    }

    /** Moves past the line end at the reading position: LF, CRLF, or a lone CR. */
    private void endLine() {
        if (at < in.length && in[at] == '\r') {
            at++;
        }
        if (at < in.length && in[at] == '\n') {
            at++;
        }
        line++;
    }

    /** A growing byte array, without the synchronisation of ByteArrayOutputStream. */
    private static final class ByteBuffer {
        private byte[] bytes = new byte[32];
        private int length;

        void add(byte b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, length * 2);
            }
            bytes[length++] = b;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
