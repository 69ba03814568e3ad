package dev.promptly.people;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.NotAllowedException;
import dev.promptly.common.Transactions;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.sla.Schedule;
import dev.promptly.sla.ScheduleFormat;
import java.time.Duration;
import java.time.format.DateTimeParseException;
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
    private final Supplier<Optional<SignedIn>> signedIn;

    public TeamSetup(PeopleService people, SignIns signIns, Transactions transactions,
                     Supplier<Optional<SignedIn>> signedIn) {
        this.people = people;
        this.signIns = signIns;
        this.transactions = transactions;
        this.signedIn = signedIn;
    }

    /**
     * Adds a teammate to {@code teamName}; with a {@code login} (team stores, admins only) also creates it with a
     * new password, or links an existing one, as {@code promptly users add} does. All of it or nothing.
     */
    public Added addTeammate(String name, String email, String extension, String teamName, Role role, String login) {
        String wantedLogin = login == null || login.isBlank() ? null : Logins.check(login.strip());
        requireAdmin(wantedLogin == null ? "add people" : "add people or logins");
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
        requireAdmin("change roles");
        return people.setRole(rep.email(), role);
    }

    public Rep moveToTeam(Rep rep, String teamName) {
        requireAdmin("move people to another team");
        return people.moveToTeam(rep.email(), teamName);
    }

    /**
     * Gives the team a policy typed on the screen: durations as {@code 24h}, {@code 8h}, {@code 1h30m} or
     * ISO-8601 ({@code PT24H}); the schedule as JSON (docs/schedules.md), blank for none.
     */
    public Team setPolicy(Team team, ClockKind clock, String target, String dueSoon, String scheduleJson) {
        requireAdmin("set the team's policy");
        Schedule schedule;
        try {
            schedule = scheduleJson == null || scheduleJson.isBlank() ? null : ScheduleFormat.parse(scheduleJson);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("schedule: " + e.getMessage());
        }
        ResponsePolicy policy = new ResponsePolicy(clock, duration(target, "response target"),
                duration(dueSoon, "due-soon window"), schedule);
        return people.setPolicy(team, policy);
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

    private void requireAdmin(String doing) {
        signedIn.get().filter(me -> me.access() != SignedIn.Access.ADMIN).ifPresent(me -> {
            throw new NotAllowedException(me.who() + " may not " + doing + ": on a team store only an admin may; "
                    + "nothing was written", null);
        });
    }
}
