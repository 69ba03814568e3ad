package dev.promptly.people;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Transactions;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.sla.Schedule;
import dev.promptly.sla.ScheduleDraft;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the Team screen changes, with the checks the command line makes ({@code reps add}, {@code reps set-role},
 * {@code teams set-policy}, {@code users add}). On a team store it says who may not, in words, before the server
 * refuses them too.
 */
public final class TeamSetup {

    /** A teammate as added: with their login and its first password (shown once) when one was created. */
    public record Added(Rep rep, String login, String password) {
    }

    private final PeopleService people;
    private final SignIns signIns;
    private final Transactions transactions;
    private final AdminOnly adminOnly;

    public TeamSetup(PeopleService people, SignIns signIns, Transactions transactions,
                     Supplier<Optional<SignedIn>> signedIn) {
        this.people = people;
        this.signIns = signIns;
        this.transactions = transactions;
        this.adminOnly = new AdminOnly(signedIn);
    }

    /**
     * Adds a teammate to {@code teamName}; with a {@code login} (team stores, admins only) also creates it with a
     * new password, or links an existing one, as {@code promptly users add} does. All of it or nothing.
     */
    public Added addTeammate(String name, String email, String extension, String teamName, Role role, String login) {
        String wantedLogin = login == null || login.isBlank() ? null : Logins.check(login.strip());
        adminOnly.require(wantedLogin == null ? "add people" : "add people or logins");
        String password = wantedLogin == null ? null : Logins.newPassword();
        return transactions.inTransaction(() -> {
            Rep rep = people.addRep(name == null ? null : name.strip(), email == null ? null : email.strip(),
                    teamName, role, extension == null || extension.isBlank() ? null : extension.strip());
            if (wantedLogin == null) {
                return new Added(rep, null, null);
            }
            boolean created = signIns.add(wantedLogin, rep, password);
            return new Added(rep, wantedLogin, created ? password : null);
        });
    }

    public Rep setRole(Rep rep, Role role) {
        adminOnly.require("change roles");
        return people.setRole(rep.email(), role);
    }

    public Rep moveToTeam(Rep rep, String teamName) {
        adminOnly.require("move people to another team");
        return people.moveToTeam(rep.email(), teamName);
    }

    /**
     * Gives the team a policy set in the Team screen's form: the schedule as its editor holds it, checked as a
     * schedule file is ({@link ScheduleDraft#build}); a null {@code schedule} keeps the team's current one (the
     * calendar clock does not use it), as stored now: a colleague may have changed it since {@code team} was read.
     * Nothing is saved when any part is refused.
     */
    public Team setPolicy(Team team, ClockKind clock, String target, String dueSoon, ScheduleDraft schedule) {
        adminOnly.require("set the team's policy");
        Duration targetTime = duration(target, "response target");
        Duration dueSoonTime = duration(dueSoon, "due-soon window");
        if (schedule != null) {
            return people.setPolicy(team, new ResponsePolicy(clock, targetTime, dueSoonTime, schedule.build()));
        }
        return transactions.inTransaction(() -> {
            Schedule kept = people.team(team.name()).policy().schedule();
            return people.setPolicy(team, new ResponsePolicy(clock, targetTime, dueSoonTime, kept));
        });
    }

    /** The logins of the team store, their reps and whether they can sign in (admins only, as users list). */
    public List<SignIns.Login> logins() {
        adminOnly.require("see the logins");
        return signIns.list();
    }

    /** Unlinks a login from its rep and takes its rights, as {@code promptly users remove}; the history stays. */
    public void removeLogin(String login) {
        adminOnly.require("remove logins");
        signIns.remove(login);
    }

    /** A duration as the screen shows it for editing, in the form {@link #duration} reads: "24h", "1h30m", "45m". */
    public static String text(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes < 60 ? minutes + "m" : minutes / 60 + "h" + minutes % 60 + "m";
    }

    /** "24h", "90m", "1h30m", "24" (hours) or ISO-8601 "PT24H". */
    public static Duration duration(String text, String what) {
        String typed = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (typed.isEmpty()) {
            throw new InvalidInputException("the " + what + " is required, e.g. 24h");
        }
        try {
            if (typed.matches("\\d+")) {
                return Duration.ofHours(Long.parseLong(typed));
            }
            return Duration.parse(typed.startsWith("P") ? typed : "PT" + typed);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidInputException("the " + what + " '" + text.strip() + "' is not a duration: write hours "
                    + "and minutes such as 24h, 8h or 1h30m");
        }
    }
}
