package dev.promptly.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlCharactersTest {

    // Written with Java escapes: the left column is the text as typed, the right one as printed.
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain text                 | plain text
            "\u001b[31mred"            | "\\u001b[31mred"
            "a\tb"                     | "a\\tb"
            "line\none\r"              | "line\\none\\r"
            "bell\u0007 del\u007f"     | "bell\\u0007 del\\u007f"
            "c1 csi \u009b2J"          | "c1 csi \\u009b2J"
            "bidi \u202egnp.exe"       | "bidi \\u202egnp.exe"
            "C:\\Users\\anna"          | "C:\\Users\\anna"
            "C:\\new"                  | "C:\\\\new"
            "typed \\u001b"            | "typed \\\\u001b"
            "back\\\u001b"             | "back\\\\\\u001b"
            "Zoë 😀 日本"               | "Zoë 😀 日本"
            """)
    void controlCharactersPrintAsEscapesAndNothingElseChanges(String typed, String printed) {
        assertThat(ControlCharacters.escaped(typed)).isEqualTo(printed);
    }
}
