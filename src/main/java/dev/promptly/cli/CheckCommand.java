package dev.promptly.cli;

import dev.promptly.common.InvalidInputException;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the store's integrity; exits 3 and lists the problems if it finds any.")
final class CheckCommand implements Runnable {

    private final Session session;

    CheckCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        if (!java.nio.file.Files.exists(session.storePath())) {
            throw new InvalidInputException("there is no store at " + session.storePath());
        }
        var store = session.context().store();
        List<String> problems = store.check();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(store.file() + " has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        session.say(store.file() + ": ok");
    }
}
