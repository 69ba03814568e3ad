package dev.promptly.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/** What a command line run sees of the world: its output streams, environment variables and the time. */
public record CliEnvironment(PrintWriter out, PrintWriter err, Map<String, String> variables, Clock clock) {

    public static CliEnvironment system() {
        return new CliEnvironment(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System.getenv(), Clock.systemUTC());
    }
}
