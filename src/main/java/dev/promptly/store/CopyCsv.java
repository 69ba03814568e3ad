package dev.promptly.store;

import dev.promptly.common.Labeled;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Rows as PostgreSQL's COPY reads them in CSV, written to the server in blocks of about 64 KiB. */
final class CopyCsv {

    private static final int BLOCK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BLOCK + 1024);
    private int column;

    private CopyCsv(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code sql}, a {@code COPY ... FROM STDIN (FORMAT csv)}. */
    static CopyCsv start(CopyManager copies, String sql) throws SQLException {
        return new CopyCsv(copies.copyIn(sql));
    }

    /** Copies {@code rows} in one COPY ({@code sql}); nothing at all when there are none. */
    static long copy(CopyManager copies, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        CopyCsv csv = start(copies, sql);
        try {
            for (Object[] row : rows) {
                for (Object value : row) {
                    csv.value(value);
                }
                csv.endRow();
            }
            return csv.end();
        } catch (SQLException | RuntimeException e) {
            csv.cancelAfter(e);
            throw e;
        }
    }

    /**
     * The next value of the row: nothing for NULL, numbers as they are, instants as epoch milliseconds (as the
     * store keeps them), labels by their label, and text always quoted so that '' stays an empty text.
     */
    void value(Object value) throws SQLException {
        if (column++ > 0) {
            buffer.append(',');
        }
        if (value == null) {
            return;
        }
        if (value instanceof Number) {
            buffer.append(value);
        } else if (value instanceof Instant instant) {
            buffer.append(instant.toEpochMilli());
        } else if (value instanceof Boolean bool) {
            buffer.append(bool ? "true" : "false");
        } else {
            String text = value instanceof Labeled labeled ? labeled.label() : value.toString();
            buffer.append('"');
            if (text.indexOf('"') < 0) {
                buffer.append(text);
            } else {
                buffer.append(text.replace("\"", "\"\""));
            }
            buffer.append('"');
        }
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        column = 0;
        if (buffer.length() >= BLOCK) {
            flush();
        }
    }

    /** Ends the COPY; the rows the server took. */
    long end() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Cancels the COPY if it is still going after {@code failure}; a cancel that fails too is added to it. */
    void cancelAfter(Throwable failure) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException cancelFailed) {
            failure.addSuppressed(cancelFailed);
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
