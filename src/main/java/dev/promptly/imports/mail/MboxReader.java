package dev.promptly.imports.mail;

import dev.promptly.common.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an mbox file (mboxo or mboxrd, LF or CRLF line ends) as a stream: a message starts at a line beginning
 * "From " at the start of the file or after an empty line. Only headers are kept, so a file of any size is read in
 * a little memory.
 */
final class MboxReader {

    /**
     * Hears each message: the line it starts on, its "From " line, its header lines (folded lines joined), and
     * whether the file ended before its headers did.
     */
    interface Sink {
        void message(long line, String fromLine, List<String> headerLines, boolean cutOff);
    }

    private static final int BUFFER = 1 << 16;

    private final Sink sink;
    private byte[] line = new byte[512];
    private int length;
    private long lineNumber;
    private boolean previousBlank = true;
    private boolean inHeaders;
    private long messageLine;
    private String fromLine;
    private List<String> headers = new ArrayList<>();

    private MboxReader(Sink sink) {
        this.sink = sink;
    }

    static void read(InputStream in, Sink sink) throws IOException {
        MboxReader reader = new MboxReader(sink);
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    reader.endOfLine();
                } else {
                    reader.append(buffer[i]);
                }
            }
        }
        if (reader.length > 0) {
            reader.endOfLine();
        }
        reader.finishMessage();
    }

    private void append(byte b) {
        if (length == line.length) {
            line = Arrays.copyOf(line, line.length * 2);
        }
        line[length++] = b;
    }

    private void endOfLine() {
        lineNumber++;
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        length = 0;
        boolean blank = end == 0;
        if (messageLine == 0 && !blank && !startsWithFrom(end)) {
            // An mbox begins with a "From " line: anything else is another kind of file, not an empty mailbox.
            throw new InvalidInputException("not an mbox file: no 'From ' line found (line " + lineNumber
                    + " is the first that is not empty)");
        }
        if (previousBlank && startsWithFrom(end)) {
            finishMessage();
            messageLine = lineNumber;
            fromLine = text(end);
            headers = new ArrayList<>();
            inHeaders = true;
        } else if (inHeaders) {
            if (blank) {
                inHeaders = false;
            } else {
                String text = text(end);
                if ((text.startsWith(" ") || text.startsWith("\t")) && !headers.isEmpty()) {
                    headers.set(headers.size() - 1, headers.get(headers.size() - 1) + " " + text.strip());
                } else {
                    headers.add(text);
                }
            }
        }
        previousBlank = blank;
    }

    private void finishMessage() {
        if (fromLine != null) {
            sink.message(messageLine, fromLine, headers, inHeaders);
            fromLine = null;
        }
    }

    private boolean startsWithFrom(int end) {
        return end >= 5 && line[0] == 'F' && line[1] == 'r' && line[2] == 'o' && line[3] == 'm' && line[4] == ' ';
    }

    /** Header bytes as text: UTF-8 when they are, else ISO-8859-1 (8-bit headers from old mailers). */
    private String text(int end) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line, 0, end)).toString();
        } catch (CharacterCodingException e) {
            return new String(line, 0, end, StandardCharsets.ISO_8859_1);
        }
    }
}
