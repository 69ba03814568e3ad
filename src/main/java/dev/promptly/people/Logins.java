package dev.promptly.people;

import dev.promptly.common.InvalidInputException;
import java.security.SecureRandom;

/** Sign-in logins for a team store: which names the server accepts, and first passwords. */
public final class Logins {

    private static final String PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Logins() {
    }

    /** Refuses, in words, a name the server could not take as a login. */
    public static String check(String login) {
        if (login == null || !login.matches("[a-z_][a-z0-9_.@-]{0,62}")) {
            throw new InvalidInputException("'" + login + "' cannot be a login: use lower-case letters, digits and "
                    + "_ . @ -, starting with a letter, at most 63 characters");
        }
        return login;
    }

    /** A first password: 20 letters and digits, without the ones that are easy to misread (l, 1, O, 0). */
    public static String newPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
        }
        return password.toString();
    }
}
