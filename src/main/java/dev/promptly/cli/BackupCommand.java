package dev.promptly.cli;

import dev.promptly.common.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the store to a new file with SQLite's online backup; safe while Promptly is open. "
                + "The file appears only once the copy is complete and checked.")
final class BackupCommand implements Runnable {

    private final Session session;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "A new file to write.")
    Path target;

    BackupCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        if (session.store() instanceof dev.promptly.StoreLocation.Server server) {
            throw new InvalidInputException("the team store at " + server.display() + " is backed up on its server "
                    + "with PostgreSQL's pg_dump, for example: pg_dump --format=custom --file=promptly.dump "
                    + server.database() + " (see docs/team-server.md)");
        }
        if (Files.exists(target)) {
            throw new InvalidInputException(target + " already exists; choose a new file");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InvalidInputException("the folder " + folder + " does not exist");
        }
        session.context().store().backupTo(target);
        session.say("Backed up to " + target.toAbsolutePath());
    }
}
