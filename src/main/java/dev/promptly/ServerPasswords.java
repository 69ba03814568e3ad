package dev.promptly;

import com.github.javakeyring.Keyring;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Team-server passwords in the operating system's credential store, as the mail passwords are (see
 * {@code MailPasswords}): never in the settings or the store. Where there is no credential store, nothing is kept and
 * the password comes from {@code PGPASSWORD} or ~/.pgpass.
 */
public final class ServerPasswords {

    private static final Logger LOG = LoggerFactory.getLogger(ServerPasswords.class);
    private static final String SERVICE = "Promptly";

    private ServerPasswords() {
    }

    /**
     * The password to open {@code location} with: {@code PGPASSWORD}, else the credential store's; null leaves it
     * to the driver's ~/.pgpass lookup (and a file needs none).
     */
    public static String forOpening(StoreLocation location, Map<String, String> environment) {
        if (!(location instanceof StoreLocation.Server server)) {
            return null;
        }
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        return stored(server).orElse(null);
    }

    public static Optional<String> stored(StoreLocation.Server server) {
        try (Keyring keyring = Keyring.create()) {
            return Optional.ofNullable(keyring.getPassword(SERVICE, key(server)));
        } catch (Exception | LinkageError e) {
            LOG.debug("No password from the credential store for {}", key(server), e);
            return Optional.empty();
        }
    }

    /** Keeps the password in the credential store; false when there is none to keep it in. */
    public static boolean remember(StoreLocation.Server server, String password) {
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, key(server), password);
            return true;
        } catch (Exception | LinkageError e) {
            LOG.debug("Could not keep the password of {} in the credential store", key(server), e);
            return false;
        }
    }

    private static String key(StoreLocation.Server server) {
        return "postgresql:" + server.user() + "@" + server.hostAndPort() + "/" + server.database();
    }
}
