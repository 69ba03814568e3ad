package dev.promptly.people;

import dev.promptly.common.NotAllowedException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * On a team store only an admin changes teams, people, roles, policies and logins (the server's rules,
 * db/migration/postgresql/V5): refused here first, in words that say who the user is, rather than by the server's
 * "permission denied for table reps". A store nobody signs in to has no such rule.
 */
public final class AdminOnly {

    private final Supplier<Optional<SignedIn>> signedIn;

    public AdminOnly(Supplier<Optional<SignedIn>> signedIn) {
        this.signedIn = signedIn;
    }

    /** Refuses {@code doing} ("change roles") to anyone signed in who is not an admin. */
    void require(String doing) {
        signedIn.get().filter(me -> me.access() != SignedIn.Access.ADMIN).ifPresent(me -> {
            throw new NotAllowedException(me.who() + " may not " + doing + ": on a team store only an admin may; "
                    + "nothing was written", null);
        });
    }
}
