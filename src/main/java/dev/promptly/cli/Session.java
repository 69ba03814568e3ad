package dev.promptly.cli;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.common.ControlCharacters;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.NotAllowedException;
import dev.promptly.people.SignedIn;
import dev.promptly.people.Team;
import java.time.Instant;

/** One command line run: the chosen store, opened on first use, and the environment. */
final class Session {

    private final CliEnvironment environment;
    private String storeLocation;
    private AppContext context;

    Session(CliEnvironment environment) {
        this.environment = environment;
    }

    void storeLocation(String location) {
        this.storeLocation = location;
    }

    AppContext context() {
        if (context == null) {
            context = AppContext.open(store(), password(), environment.clock());
        }
        return context;
    }

    /** The store this run uses: {@code --db}, else {@code PROMPTLY_DB}, else the default. */
    StoreLocation store() {
        return StoreLocation.resolve(storeLocation, environment.variables());
    }

    /**
     * Refuses a rep or a lead signed in to a team store a board or summary of another team, or of all teams: the
     * server would show them nothing of those teams, which would read as an empty week rather than a refusal.
     */
    /**
     * The team named {@code name}; none named, the signed-in rep's or lead's own team, the only one they may see,
     * else null (all teams).
     */
    Team teamOrOwn(String name) {
        if (name != null) {
            return context().people().team(name);
        }
        return context().signedIn().filter(SignedIn::seesOnlyOwnTeam).map(SignedIn::rep)
                .map(rep -> context().people().teamOf(rep)).orElse(null);
    }

    void requireMayView(Team team, String what) {
        context().signedIn()
                .filter(SignedIn::seesOnlyOwnTeam)
                .filter(me -> me.rep() != null && (team == null || team.id() != me.rep().teamId()))
                .ifPresent(me -> {
                    throw new NotAllowedException(me.who() + " may not see " + what + " of "
                            + (team == null ? "all teams" : team.name()) + ": only of their own team, "
                            + context().people().teamOf(me.rep()).name(), null);
                });
    }

    /** Gives back the store's connections, if it was opened. */
    void close() {
        if (context != null) {
            context.close();
        }
    }

    /**
     * The team server's password: {@code PGPASSWORD}, else the one the desktop kept in the credential store; null
     * leaves it to ~/.pgpass (or no password). A store file needs none.
     */
    String password() {
        return password(store());
    }

    /** The password for {@code location}, found the same way (a command's second store, such as copy's target). */
    String password(StoreLocation location) {
        return dev.promptly.ServerPasswords.forOpening(location, environment.variables());
    }

    /** The instant a command acts or reports at: its {@code --at}, or now. */
    Instant at(Instant given) {
        return given != null ? given : environment.clock().instant();
    }

    /**
     * The rep who acts: {@code --by}, else {@code PROMPTLY_USER}; null when neither is given. An unknown email is
     * refused, so a typing mistake is not recorded as nobody.
     */
    Long actor(ByOption option) {
        if (option.by != null) {
            return context().people().rep(option.by.strip()).id();
        }
        String email = environment.variables().get(ByOption.ENVIRONMENT_VARIABLE);
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            return context().people().rep(email.strip()).id();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage() + " (from " + ByOption.ENVIRONMENT_VARIABLE + ")");
        }
    }

    CliEnvironment environment() {
        return environment;
    }

    java.io.PrintWriter out() {
        return environment.out();
    }

    /**
     * Prints a one-line message to standard output with its control characters escaped: messages quote names,
     * emails and subjects, which may hold terminal escape sequences.
     */
    void say(String message) {
        environment.out().println(ControlCharacters.escaped(message));
    }
}
