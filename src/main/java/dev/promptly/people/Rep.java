package dev.promptly.people;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Require;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A person who owns items: a rep, a team lead or a manager. The email is unique and identifies them. */
public record Rep(long id, String name, String email, String extension, long teamId, Role role) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public Rep {
        name = Require.text(name, "rep name");
        email = Require.text(email, "rep email").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("'" + email + "' is not an email address");
        }
        extension = Require.optionalText(extension);
        Objects.requireNonNull(role, "role");
    }

    public Rep withId(long newId) {
        return new Rep(newId, name, email, extension, teamId, role);
    }
}
