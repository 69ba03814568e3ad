package dev.promptly.cli;

import dev.promptly.people.Directory;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reps", description = "Add and list reps, leads and managers.", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class RepsCommand {

    private final Session session;

    RepsCommand(Session session) {
        this.session = session;
    }

    @Command(name = "add", description = "Add a person to a team.", mixinStandardHelpOptions = true)
    void add(@Option(names = "--name", required = true, paramLabel = "NAME") String name,
             @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "Unique.") String email,
             @Option(names = "--team", required = true, paramLabel = "TEAM") String team,
             @Option(names = "--role", paramLabel = "ROLE", defaultValue = "rep", converter = Converters.RoleConverter.class,
                     description = "rep, lead or manager (default: ${DEFAULT-VALUE}).") Role role,
             @Option(names = "--extension", paramLabel = "X", description = "Phone extension, e.g. 201.")
             String extension) {
        var people = session.context().people();
        Rep rep = people.addRep(name, email, team, role, extension);
        session.say("Added " + rep.role().label() + " " + rep.name() + " <" + rep.email() + "> to "
                + people.teamOf(rep).name());
    }

    @Command(name = "set-role", description = "Give a person another role; on a team store their login moves to "
            + "the matching group (admins only).", mixinStandardHelpOptions = true)
    void setRole(@picocli.CommandLine.Parameters(index = "0", paramLabel = "EMAIL") String email,
                 @Option(names = "--role", required = true, paramLabel = "ROLE",
                         converter = Converters.RoleConverter.class, description = "rep, lead or manager.") Role role) {
        Rep rep = session.context().people().setRole(email.strip(), role);
        session.say(rep.name() + " <" + rep.email() + "> is now a " + rep.role().label());
    }

    @Command(name = "list", description = "List everyone, by name.", mixinStandardHelpOptions = true)
    void list(@Mixin FormatOption format) {
        var people = session.context().people();
        Directory directory = people.directory();
        Listing listing = new Listing("id", "name", "email", "team", "role", "extension");
        for (Rep rep : people.reps()) {
            listing.row(rep.id(), rep.name(), rep.email(), directory.teamOf(rep.id()).name(), rep.role().label(),
                    rep.extension());
        }
        listing.print(session.out(), format.format);
    }
}
