package dev.promptly.cli;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.NotAllowedException;
import dev.promptly.people.Rep;
import dev.promptly.people.SignIns;
import dev.promptly.people.SignedIn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "users", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Manage who may sign in to a team store (admins only; see docs/team-server.md).")
final class UsersCommand {

    private final Session session;

    UsersCommand(Session session) {
        this.session = session;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create the login if it does not exist, link it to the rep and give it the rights of the "
                    + "rep's role. Without --password-stdin a new login gets a generated password, printed once.")
    void add(@Parameters(index = "0", paramLabel = "LOGIN") String login,
             @Option(names = "--rep", required = true, paramLabel = "EMAIL") String email,
             @Option(names = "--password-stdin", description = "Read the new login's password from standard input.")
             boolean passwordFromStdin) {
        dev.promptly.people.Logins.check(login);
        Rep rep = session.context().people().rep(email.strip());
        String password = passwordFromStdin ? readPassword() : dev.promptly.people.Logins.newPassword();
        boolean created = session.context().store().signIns().add(login, rep, password);
        session.say((created ? "Created the login " + login + " for " : "Linked the existing login " + login + " to ")
                + rep.name() + " <" + rep.email() + ">, with the rights of a " + rep.role().label());
        if (created && !passwordFromStdin) {
            session.out().println("Password (shown once): " + password);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the logins: their rep, their role and whether they can sign in.")
    void list(@Mixin FormatOption format) {
        // The server lets anyone read the reps' logins (the board needs the reps); the list of logins is an admin's.
        session.context().signedIn().filter(me -> me.access() != SignedIn.Access.ADMIN).ifPresent(me -> {
            throw new NotAllowedException(me.who() + " may not list logins: only an admin may", null);
        });
        Listing listing = new Listing("login", "rep", "role", "can_sign_in");
        for (SignIns.Login login : session.context().store().signIns().list()) {
            listing.row(login.login(), login.rep() == null ? null : login.rep().email(), login.access().label(),
                    login.canSignIn() ? "yes" : "no");
        }
        listing.print(session.out(), format.format);
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Unlink the login from its rep and take away its rights; the rep's history stays.")
    void remove(@Parameters(index = "0", paramLabel = "LOGIN") String login) {
        session.context().store().signIns().remove(login);
        session.say("Removed the login " + login + "; its history stays");
    }

    private static String readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new InvalidInputException("--password-stdin read no password");
            }
            return line;
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the password from standard input: " + e.getMessage());
        }
    }
}
