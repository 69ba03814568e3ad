package dev.promptly.imports.cdr;

import dev.promptly.imports.Rejected;
import dev.promptly.imports.TextFiles;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads Asterisk call-detail lines ({@code Master.csv}): no header, fields quoted with doubled quotes, times in the
 * PBX's local time. Every line becomes a {@link CdrRow} or a {@link Rejected} with its line number and reason.
 */
final class CdrReader {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    record Result(List<CdrRow> rows, List<Rejected> rejected) {
    }

    private final CdrColumns fixed;
    private final ZoneId zone;
    private final Instant now;

    /**
     * @param fixed the layout named by the user, or null to tell the {@code cdr_csv} layout by each line's count
     * @param zone  the zone the PBX wrote its times in (UTC when it uses {@code usegmtime})
     * @param now   lines that start later are refused: their time zone is wrong, or the PBX's clock
     */
    CdrReader(CdrColumns fixed, ZoneId zone, Instant now) {
        this.fixed = fixed;
        this.zone = zone;
        this.now = now;
    }

    Result read(byte[] file) {
        TextFiles.requireText(file, "a call-detail file");
        List<CdrRow> rows = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int start = 0;
        long line = 0;
        while (start < file.length) {
            int end = start;
            while (end < file.length && file[end] != '\n') {
                end++;
            }
            line++;
            int contentEnd = end > start && file[end - 1] == '\r' ? end - 1 : end;
            byte[] raw = Arrays.copyOfRange(file, start, contentEnd);
            start = end + 1;
            if (raw.length == 0) {
                continue;
            }
            try {
                rows.add(row(line, raw));
            } catch (BadLine e) {
                rejected.add(new Rejected(line, e.getMessage(), raw));
            }
        }
        return new Result(rows, rejected);
    }

    /** Why a line cannot be read, in the user's words. */
    private static final class BadLine extends Exception {
        BadLine(String message) {
            super(message, null, false, false);
        }
    }

    private CdrRow row(long line, byte[] raw) throws BadLine {
        String text = strictUtf8(raw);
        List<String> fields = fields(text);
        CdrColumns columns = fixed != null ? fixed : CdrColumns.standard(fields.size());
        if (columns == null || columns.count() != fields.size()) {
            throw new BadLine(fields.size() + " columns; expected " + (fixed != null ? fixed.count() + " (--columns)"
                    : CdrColumns.STANDARD_COUNTS + ", or name the layout with --columns"));
        }
        Instant start = time(field(fields, columns, "start"), "start");
        if (start.isAfter(now)) {
            throw new BadLine("start " + field(fields, columns, "start") + " is in the future; is --zone right?");
        }
        int billsec = seconds(field(fields, columns, "billsec"), "billsec");
        if (columns.index("duration") >= 0 && !field(fields, columns, "duration").isBlank()) {
            seconds(field(fields, columns, "duration"), "duration");
        }
        String dispositionText = field(fields, columns, "disposition");
        Optional<Disposition> disposition = Disposition.parse(dispositionText);
        if (disposition.isEmpty()) {
            throw new BadLine("unknown disposition '" + dispositionText
                    + "'; expected ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION");
        }
        String src = field(fields, columns, "src").strip();
        String dst = field(fields, columns, "dst").strip();
        String channel = field(fields, columns, "channel").strip();
        return new CdrRow(line, callId(fields, columns, start, src, dst, channel), field(fields, columns, "clid"),
                src, dst, channel, field(fields, columns, "dstchannel").strip(),
                field(fields, columns, "lastapp").strip(), start, billsec, disposition.get());
    }

    private static String callId(List<String> fields, CdrColumns columns, Instant start, String src, String dst,
                                 String channel) {
        String linked = field(fields, columns, "linkedid").strip();
        if (!linked.isEmpty()) {
            return linked;
        }
        String unique = field(fields, columns, "uniqueid").strip();
        return !unique.isEmpty() ? unique : start.getEpochSecond() + "|" + src + "|" + dst + "|" + channel;
    }

    /** The field, or "" when the layout has no such column. */
    private static String field(List<String> fields, CdrColumns columns, String name) {
        int index = columns.index(name);
        return index < 0 ? "" : fields.get(index);
    }

    /** A count of seconds, such as billsec: a whole number, not negative. */
    private static int seconds(String text, String column) throws BadLine {
        int seconds;
        try {
            seconds = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadLine(column + " '" + text.strip() + "' is not a whole number of seconds");
        }
        if (seconds < 0) {
            throw new BadLine(column + " " + seconds + " is negative; a call cannot last less than nothing");
        }
        return seconds;
    }

    private Instant time(String text, String column) throws BadLine {
        try {
            // A local time the clocks skipped moves forward; one they repeated takes the earlier offset.
            return ZonedDateTime.of(LocalDateTime.parse(text.strip(), TIME), zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadLine(column + " '" + text + "' is not a time like 2026-11-23 09:30:00");
        }
    }

    private static String strictUtf8(byte[] raw) throws BadLine {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new BadLine("not valid UTF-8 (a caller name in another encoding?)");
        }
    }

    /** Splits a line into fields: comma-separated, optionally in double quotes, a quote inside doubled. */
    static List<String> fields(String line) throws BadLine {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new BadLine("a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new BadLine("text after a closing quote at character " + (i + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the comma
        }
    }
}
