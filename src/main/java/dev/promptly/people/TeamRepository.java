package dev.promptly.people;

import dev.promptly.sla.ResponsePolicy;
import java.util.List;
import java.util.Optional;

public interface TeamRepository {

    /** Stores a new team and returns it with its id; a taken name is an invalid input. */
    Team add(Team team);

    /** Stores a new response policy for the team; items already stored keep their due times. */
    Team updatePolicy(Team team, ResponsePolicy policy);

    Optional<Team> findByName(String name);

    Optional<Team> findById(long id);

    List<Team> list();
}
