package dev.promptly.common;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * JSON that escapes every control character {@link ControlCharacters} knows, not only the C0 ones JSON requires:
 * Jackson writes DEL, the C1 controls (a CSI among them) and the bidirectional overrides as they are, and JSON
 * printed to a terminal must not carry them either. A JSON reader gets the same text back.
 */
public final class JsonControlEscapes extends CharacterEscapes {

    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ControlCharacters.isControl(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
    }
}
