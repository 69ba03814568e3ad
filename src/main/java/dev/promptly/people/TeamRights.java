package dev.promptly.people;

/**
 * What the Team screen lets someone change. On this computer's store nobody signs in, so leads and managers run
 * their team; on a team store the server lets only admins change teams and people (db/migration/postgresql/V5),
 * so only admins are offered it, and only admins add logins.
 *
 * @param manage       add people, change roles, move people between teams, set the policy
 * @param addLogins    create and link sign-in logins (team stores only)
 * @param ownTeamOnly  shown their own team only (reps and leads on a team store)
 * @param why          when {@code manage} is false, who may and what to do, in words; empty otherwise
 */
public record TeamRights(boolean manage, boolean addLogins, boolean ownTeamOnly, String why) {

    /**
     * @param signedIn who is signed in to the team store; null on this computer's store
     * @param viewer   the person using the app (their chosen profile); may be null for an admin with no rep
     */
    public static TeamRights of(SignedIn signedIn, Rep viewer) {
        if (signedIn == null) {
            boolean lead = viewer != null && viewer.role() != Role.REP;
            return new TeamRights(lead, false, false, lead ? ""
                    : "Only a lead or a manager adds people and changes the team; ask your lead.");
        }
        boolean admin = signedIn.access() == SignedIn.Access.ADMIN;
        return new TeamRights(admin, admin, signedIn.seesOnlyOwnTeam(), admin ? ""
                : "On the team server only an admin adds people, changes roles and teams and sets the policy; "
                + "ask your admin.");
    }
}
