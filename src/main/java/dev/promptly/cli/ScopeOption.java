package dev.promptly.cli;

import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** {@code --rep EMAIL | --team NAME}: whose items a listing shows; everyone's when neither is given. */
final class ScopeOption {

    @Option(names = "--rep", paramLabel = "EMAIL", description = "One rep's items.")
    String rep;

    @Option(names = "--team", paramLabel = "NAME", description = "The items of everyone in one team.")
    String team;

    /** The owners to list, or null for everyone. */
    Set<Long> ownerIds(PeopleService people) {
        if (rep != null) {
            return Set.of(people.rep(rep).id());
        }
        if (team != null) {
            return people.repsOf(people.team(team)).stream().map(Rep::id).collect(Collectors.toSet());
        }
        return null;
    }
}
