package dev.promptly.people;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A snapshot of all teams and reps, for looking up owners and their policies by id. */
public final class Directory {

    private final Map<Long, Team> teams;
    private final Map<Long, Rep> reps;

    public Directory(List<Team> teams, List<Rep> reps) {
        this.teams = teams.stream().collect(Collectors.toMap(Team::id, Function.identity()));
        this.reps = reps.stream().collect(Collectors.toMap(Rep::id, Function.identity()));
    }

    public Rep rep(long id) {
        Rep rep = reps.get(id);
        if (rep == null) {
            throw new IllegalStateException("rep " + id + " is not in the directory");
        }
        return rep;
    }

    public Team teamOf(long repId) {
        return teams.get(rep(repId).teamId());
    }
}
