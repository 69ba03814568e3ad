package dev.promptly.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.common.JsonControlEscapes;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The command line's JSON: indented, one document per command, printed whole, with every control character escaped
 * ({@link JsonControlEscapes}).
 */
final class JsonOutput {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        MAPPER.getFactory().setCharacterEscapes(new JsonControlEscapes());
    }

    private JsonOutput() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Prints {@code value} (a tree, a list of maps...) as one JSON document. */
    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
