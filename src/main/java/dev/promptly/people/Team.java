package dev.promptly.people;

import dev.promptly.common.Require;
import dev.promptly.sla.ResponsePolicy;
import java.time.ZoneId;
import java.util.Objects;

/** A team of reps in one time zone, answering under one response policy. */
public record Team(long id, String name, ZoneId zone, ResponsePolicy policy) {

    public Team {
        name = Require.text(name, "team name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(policy, "policy");
    }

    public Team withId(long newId) {
        return new Team(newId, name, zone, policy);
    }
}
