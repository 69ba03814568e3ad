package dev.promptly.cli;

import dev.promptly.people.SignedIn;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "whoami", mixinStandardHelpOptions = true,
        description = "Print who you are signed in as on a team store: the login, the rep, the role and the team.")
final class WhoamiCommand implements Runnable {

    private final Session session;

    WhoamiCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        var context = session.context();
        Optional<SignedIn> signedIn = context.signedIn();
        if (signedIn.isEmpty()) {
            session.say(context.store().location().display() + " is a store on this computer and has no sign-in: "
                    + "whoever uses it acts as the person they choose (--by or PROMPTLY_USER, or the desktop's "
                    + "profile)");
            return;
        }
        SignedIn me = signedIn.get();
        session.say(String.format("%-6s %s", "login:", me.login()));
        if (me.rep() != null) {
            session.say(String.format("%-6s %s <%s>", "rep:", me.rep().name(), me.rep().email()));
            session.say(String.format("%-6s %s", "team:", context.people().teamOf(me.rep()).name()));
        }
        session.say(String.format("%-6s %s", "role:", me.access().label()));
        session.say(String.format("%-6s %s", "store:", context.store().location().display()));
    }
}
