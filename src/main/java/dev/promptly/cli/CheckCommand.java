package dev.promptly.cli;

import dev.promptly.StoreLocation;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.StoreDamagedException;
import java.nio.file.Files;
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
        StoreLocation store = session.store();
        if (store instanceof StoreLocation.File file && !Files.exists(file.path())) {
            throw new InvalidInputException("there is no store at " + file.path());
        }
        List<String> problems;
        try {
            problems = session.context().store().check();
        } catch (StoreDamagedException damaged) {
            // Damage that stops SQLite reading the file (or that it is no database at all) is what check is for.
            problems = List.of(damaged.finding());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(store.display() + " has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems) + "\n" + RecoveryAdvice.forStore(store));
        }
        session.say(store.display() + ": ok");
    }
}
