package dev.promptly.cli;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.StoreDamagedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the store's integrity; exits 3, lists the problems and says how to get the data back "
                + "if it finds any.")
final class CheckCommand implements Runnable {

    private final Session session;

    CheckCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        Path file = session.storePath();
        if (!Files.exists(file)) {
            throw new InvalidInputException("there is no store at " + file);
        }
        List<String> problems;
        try {
            problems = session.context().store().check();
        } catch (StoreDamagedException damaged) {
            // Damage that stops SQLite reading the file (or that it is no database at all) is what check is for.
            problems = List.of(damaged.finding());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(file + " has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems) + "\n" + RecoveryAdvice.forStore(file));
        }
        session.say(file + ": ok");
    }
}
