package dev.promptly.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "promptly",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps every call returned and every email answered within the team's response target.")
final class RootCommand implements Runnable {

    /**
     * The commands, in the order help lists them. They are not named in the annotation: building picocli's model
     * of all of them took longer than most commands' work, so {@link Cli} adds only the one a run asks for.
     */
    static final List<Class<?>> COMMANDS = List.of(
            TeamsCommand.class, RepsCommand.class, CustomersCommand.class,
            AddCommand.class,
            ActionCommands.Attempt.class, ActionCommands.Reply.class, ActionCommands.Delay.class,
            ActionCommands.Escalate.class, ReassignCommand.class, ActionCommands.Complete.class,
            ActionCommands.Reopen.class, ActionCommands.Note.class, EditCommand.class, ActionCommands.Undo.class,
            HistoryCommand.class, QueueCommand.class, ItemsCommand.class, BoardCommand.class,
            ReportCommand.class, ImportCommand.class, SyncCommand.class,
            SlaCommand.class, DemoCommand.class, BackupCommand.class, CheckCommand.class, StoreCommand.class,
            UsersCommand.class, WhoamiCommand.class);

    private final Session session;

    @Spec
    CommandSpec spec;

    RootCommand(Session session) {
        this.session = session;
    }

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE|URL",
            description = "The store to use: a file, or a team server's postgresql://[USER@]HOST[:PORT]/DBNAME "
                    + "(default: $PROMPTLY_DB, else promptly.db in your application-data folder).")
    void storeLocation(String location) {
        session.storeLocation(location);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
