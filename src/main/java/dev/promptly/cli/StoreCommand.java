package dev.promptly.cli;

import dev.promptly.StoreLocation;
import dev.promptly.common.InvalidInputException;
import dev.promptly.store.Store;
import dev.promptly.store.StoreCopy;
import dev.promptly.store.StoreSetup;
import java.nio.file.Files;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "store", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Set up a team store on a PostgreSQL server, copy a single-user store into it, and tell "
                + "which store is in use (see docs/team-server.md).")
final class StoreCommand {

    private final Session session;

    StoreCommand(Session session) {
        this.session = session;
    }

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = "Create or bring up to date the schema of the store named by --db; run it as the "
                    + "database's owner. Running it again changes nothing.")
    void setup() {
        StoreSetup.Result result = StoreSetup.setUp(session.store(), session.password());
        if (result.applied().isEmpty()) {
            session.say(result.location().display() + " is up to date (schema " + result.after() + "); nothing "
                    + "was changed");
            return;
        }
        session.say((result.before() == 0 ? "Set up " : "Brought up to date ") + result.location().display()
                + ": schema " + result.before() + " -> " + result.after());
        result.applied().forEach(migration -> session.say("  applied " + migration));
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Print which store is in use: a file or a server, its version, its schema and its items.")
    void info(@Option(names = "--json", description = "Print it as JSON.") boolean json) {
        Store.Info info = session.context().store().info();
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("store", info.location() instanceof StoreLocation.Server ? "team server" : "file on this computer");
        fields.put("location", info.location().display());
        fields.put("engine", info.engine());
        fields.put("schema", info.schemaVersion());
        if (info.login() != null) {
            fields.put("login", info.login());
        }
        fields.put("items", info.items());
        if (json) {
            JsonOutput.print(session.out(), fields);
            return;
        }
        fields.forEach((name, value) -> session.say(String.format("%-9s %s", name + ":", value)));
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = "Copy a whole single-user store into an empty team store, keeping every id, in one "
                    + "transaction; sets the team store up first when it is new.")
    void copy(@Option(names = "--from", required = true, paramLabel = "FILE",
                      description = "The single-user store to copy.") String from,
              @Option(names = "--to", required = true, paramLabel = "URL",
                      description = "The team store: postgresql://[USER@]HOST[:PORT]/DBNAME") String to) {
        StoreLocation source = StoreLocation.parse(from);
        if (!(source instanceof StoreLocation.File file)) {
            throw new InvalidInputException("--from must be a store file, not a server");
        }
        if (!Files.isRegularFile(file.path())) {
            throw new InvalidInputException("there is no store at " + file.path());
        }
        StoreLocation target = StoreLocation.resolve(to, session.environment().variables());
        if (!(target instanceof StoreLocation.Server server)) {
            throw new InvalidInputException("--to must be a team server's postgresql:// URL");
        }
        Store original = Store.open(file.path());
        try {
            StoreCopy.Result result = StoreCopy.copy(original, server, session.password(server));
            session.say("Copied " + file.path() + " to " + server.display() + ":");
            result.rows().forEach((table, rows) -> session.out().printf("  %-17s %,d rows (the same on both sides)%n",
                    table, rows));
        } finally {
            original.close();
        }
    }
}
