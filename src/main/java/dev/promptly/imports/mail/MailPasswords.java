package dev.promptly.imports.mail;

import com.github.javakeyring.Keyring;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mailbox passwords in the operating system's credential store (macOS Keychain, Windows Credential Manager, the
 * Secret Service of GNOME or KDE), never in Promptly's database. Where there is no such store (a server without a
 * desktop session), nothing is kept and the password is asked for at each sync.
 */
public final class MailPasswords {

    private static final Logger LOG = LoggerFactory.getLogger(MailPasswords.class);
    private static final String SERVICE = "Promptly";

    private MailPasswords() {
    }

    /** The stored password of this mailbox, if the credential store has one and can be reached. */
    public static Optional<char[]> stored(MailAccount account) {
        try (Keyring keyring = Keyring.create()) {
            String password = keyring.getPassword(SERVICE, key(account));
            return Optional.ofNullable(password).map(String::toCharArray);
        } catch (Exception | LinkageError e) {
            LOG.debug("No password from the credential store for {}", key(account), e);
            return Optional.empty();
        }
    }

    /** Keeps the password in the credential store; false when there is none to keep it in. */
    public static boolean remember(MailAccount account, char[] password) {
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, key(account), new String(password));
            return true;
        } catch (Exception | LinkageError e) {
            LOG.debug("Could not keep the password of {} in the credential store", key(account), e);
            return false;
        }
    }

    private static String key(MailAccount account) {
        return "imap:" + account.username() + "@" + account.host() + ":" + account.port();
    }
}
