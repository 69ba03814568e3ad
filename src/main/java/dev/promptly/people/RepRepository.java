package dev.promptly.people;

import java.util.List;
import java.util.Optional;

public interface RepRepository {

    /** Stores a new rep and returns it with its id; a taken email is an invalid input. */
    Rep add(Rep rep);

    Optional<Rep> findByEmail(String email);

    Optional<Rep> findById(long id);

    List<Rep> list();

    List<Rep> listByTeam(long teamId);

    /** Gives the rep another role; on a team store, their login moves to the matching group as well. */
    Rep setRole(Rep rep, Role role);

    /** Moves the rep to another team. */
    Rep moveToTeam(Rep rep, long teamId);
}
