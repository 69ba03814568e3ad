package dev.promptly.cli;

import dev.promptly.StoreLocation;
import dev.promptly.TestWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process against a store (a file or a team store), at the fixed instant {@link TestWorld#NOW}. */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
    }

    private final String store;
    private final Map<String, String> variables;

    CliRunner(Path store) {
        this(store, Map.of());
    }

    /** A runner whose environment also holds {@code variables}. */
    CliRunner(Path store, Map<String, String> variables) {
        this(store.toString(), variables);
    }

    /** A runner on a store file or a team store. */
    CliRunner(StoreLocation store) {
        this(store.display(), Map.of());
    }

    private CliRunner(String store, Map<String, String> variables) {
        this.store = store;
        this.variables = variables;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(new PrintWriter(out, true), new PrintWriter(err, true),
                environment(), Clock.fixed(TestWorld.NOW, ZoneOffset.UTC));
        int exit = Cli.run(environment, args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Map<String, String> environment() {
        Map<String, String> all = new HashMap<>(variables);
        all.put("PROMPTLY_DB", store);
        return all;
    }

    /** The team most tests start from: Support Berlin, with Anna Schmidt (anna@x.example) in it. */
    void berlinTeamWithAnna() {
        ok("teams", "add", "Support Berlin", "--zone", "Europe/Berlin");
        ok("reps", "add", "--name", "Anna Schmidt", "--email", "anna@x.example", "--team", "Support Berlin");
    }

    /** Runs a command that must succeed and returns what it printed. */
    String ok(String... args) {
        Result result = run(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("exit " + result.exitCode() + " for " + String.join(" ", args) + ": " + result.err());
        }
        return result.out();
    }
}
