package dev.promptly.people;

import java.util.List;
import java.util.Optional;

public interface TeamRepository {

    /** Stores a new team and returns it with its id; a taken name is an invalid input. */
    Team add(Team team);

    Optional<Team> findByName(String name);

    Optional<Team> findById(long id);

    List<Team> list();
}
