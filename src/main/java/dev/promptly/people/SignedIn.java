package dev.promptly.people;

import java.util.Locale;

/**
 * Who is signed in to a team store: the server login, the rep it is linked to (null for an admin login linked to
 * no rep) and the role the server grants. The single-user store has no sign-in.
 */
public record SignedIn(String login, Rep rep, Access access) {

    /** What the server lets a login do, from least to most. */
    public enum Access {
        REP, LEAD, MANAGER, ADMIN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Access of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** "ana@north.test (rep)", or the login for an admin with no rep, as refusals name the person. */
    public String who() {
        return (rep == null ? login : rep.email()) + " (" + access.label() + ")";
    }

    /** Whether the server shows this person their own team's items only (reps and leads). */
    public boolean seesOnlyOwnTeam() {
        return access == Access.REP || access == Access.LEAD;
    }

    /** Whether this person may act on items owned by {@code owner}, who is in the team {@code ownerTeamId}. */
    public boolean mayActFor(Rep owner) {
        return switch (access) {
            case ADMIN, MANAGER -> true;
            case LEAD -> rep != null && owner.teamId() == rep.teamId();
            case REP -> rep != null && owner.id() == rep.id();
        };
    }
}
