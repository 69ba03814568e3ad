package dev.promptly.people;

import java.util.List;
import java.util.Optional;

/** Sign-in on a team store: who this session is, and the logins an admin manages. Empty on the single-user store. */
public interface SignIns {

    /** Who this session is signed in as; empty on a store without sign-in. */
    Optional<SignedIn> current();

    /** A login, the rep it is linked to and what the server lets it do. */
    record Login(String login, Rep rep, SignedIn.Access access, boolean canSignIn) {
    }

    /** The team of an item that exists but that the signed-in person may not see; empty for any other id. */
    Optional<String> teamOfHiddenItem(long itemId);

    /** Creates the login if it does not exist (with {@code password}) and links it to {@code rep}; true if created. */
    boolean add(String login, Rep rep, String password);

    List<Login> list();

    /** Unlinks the login from its rep and takes away its rights; the rep's history stays. */
    void remove(String login);
}
