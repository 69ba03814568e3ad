package dev.promptly.cli;

import dev.promptly.common.NotAllowedException;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.SignedIn;
import dev.promptly.people.Team;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** {@code --rep EMAIL | --team NAME}: whose items a listing shows; everyone's when neither is given. */
final class ScopeOption {

    @Option(names = "--rep", paramLabel = "EMAIL", description = "One rep's items.")
    String rep;

    @Option(names = "--team", paramLabel = "NAME", description = "The items of everyone in one team.")
    String team;

    /**
     * The owners to list, or null for everyone. On a team store a rep or a lead naming another team, or a rep of
     * another team, is refused: the server would show them none of those items, which would read as an empty
     * {@code what} (such as "the queue") rather than a refusal.
     */
    Set<Long> ownerIds(Session session, String what) {
        PeopleService people = session.context().people();
        if (rep != null) {
            Rep owner = people.rep(rep);
            session.context().signedIn()
                    .filter(me -> me.seesOnlyOwnTeam() && me.rep() != null && me.rep().teamId() != owner.teamId())
                    .ifPresent(me -> {
                        throw refused(me, what + " of " + owner.name(), "they are in "
                                + people.teamOf(owner).name() + ", another team");
                    });
            return Set.of(owner.id());
        }
        if (team != null) {
            Team named = people.team(team);
            session.requireMayView(named, what);
            return people.repsOf(named).stream().map(Rep::id).collect(Collectors.toSet());
        }
        return null;
    }

    private static NotAllowedException refused(SignedIn me, String seeing, String why) {
        return new NotAllowedException(me.who() + " may not see " + seeing + ": " + why, null);
    }
}
