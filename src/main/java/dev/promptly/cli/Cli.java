package dev.promptly.cli;

import dev.promptly.common.ConflictException;
import dev.promptly.common.ControlCharacters;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.NotAllowedException;
import dev.promptly.common.StoreBusyException;
import dev.promptly.common.StoreException;
import dev.promptly.common.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line: parses, runs and maps failures to exit codes. Never touches JavaFX.
 * Exit codes: 0 success, 1 store failure or unexpected error, 2 usage error, 3 invalid data, 4 the item changed
 * meanwhile, the store stayed busy, or a server did not answer (trying again may help).
 */
public final class Cli {

    public static final int INVALID_DATA = 3;
    public static final int CONFLICT = 4;
    public static final int NOT_ALLOWED = 5;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(CliEnvironment environment, String... args) {
        Session session = new Session(environment);
        try {
            return commandLine(session, args).execute(args);
        } finally {
            session.close();
        }
    }

    /** The command line with the commands {@code args} need (all of them for none). */
    static CommandLine commandLine(CliEnvironment environment, String... args) {
        return commandLine(new Session(environment), args);
    }

    private static CommandLine commandLine(Session session, String... args) {
        CliEnvironment environment = session.environment();
        CommandLine commandLine = new CommandLine(new RootCommand(session), new SessionFactory(session));
        CommandChoice.addNeeded(commandLine, args);
        versionEverywhere(commandLine);
        return commandLine
                .setOut(environment.out())
                .setErr(environment.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Cli::onBadArguments)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> onFailure(e, cmd));
    }

    /**
     * Every command's help lists {@code -V} (the standard help options are mixed into each), but picocli prints a
     * version only for a command that has one: give them all the root's.
     */
    private static void versionEverywhere(CommandLine line) {
        for (CommandLine sub : line.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new VersionProvider());
            versionEverywhere(sub);
        }
    }

    private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        complain(cmd, inWords(e));
        if (e.getCause() instanceof InvalidValueException) {
            return INVALID_DATA;
        }
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return CommandLine.ExitCode.USAGE;
    }

    /** Picocli's message, said as ours: a mistyped command named as one, and without picocli's "Error: ". */
    private static String inWords(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && !e.getCommandLine().getSubcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()) {
            return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        String message = String.valueOf(e.getMessage());
        return message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    }

    private static int onFailure(Exception e, CommandLine cmd) {
        if (e instanceof InvalidInputException) {
            complain(cmd, e.getMessage());
            return INVALID_DATA;
        }
        if (e instanceof NotAllowedException) {
            complain(cmd, e.getMessage());
            return NOT_ALLOWED;
        }
        if (e instanceof ConflictException || e instanceof StoreBusyException || e instanceof UnavailableException) {
            complain(cmd, e.getMessage());
            return CONFLICT;
        }
        if (e instanceof StoreException) {
            LOG.debug("Store failure", e);
            complain(cmd, e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        LOG.error("Unexpected failure", e);
        complain(cmd, "unexpected error: " + e);
        return CommandLine.ExitCode.SOFTWARE;
    }

    /**
     * Prints a complaint to standard error. Messages quote what the user typed or a file held, so their control
     * characters are escaped: a value must not reach the terminal as an escape sequence. The few messages of several
     * lines ({@code check}'s findings and advice) keep their lines.
     */
    private static void complain(CommandLine cmd, String message) {
        String[] lines = String.valueOf(message).split("\n", -1);
        cmd.getErr().println("promptly: " + ControlCharacters.escaped(lines[0]));
        for (int i = 1; i < lines.length; i++) {
            cmd.getErr().println(ControlCharacters.escaped(lines[i]));
        }
    }

    /** Builds commands with the run's {@link Session}, so none of them reaches for a global. */
    private static final class SessionFactory implements CommandLine.IFactory {
        private final Session session;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        SessionFactory(Session session) {
            this.session = session;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Session.class).newInstance(session);
            } catch (NoSuchMethodException noSessionConstructor) {
                return fallback.create(type);
            }
        }
    }
}
