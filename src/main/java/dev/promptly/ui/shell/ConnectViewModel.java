package dev.promptly.ui.shell;

import dev.promptly.ServerPasswords;
import dev.promptly.StoreLocation;
import dev.promptly.common.InvalidInputException;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Connect to team server…: the server's URL (read as the command line reads {@code --db}), its password, and
 * whether to keep that password in the credential store. Connecting opens the store in the background and shows it
 * in the window; until it works, the window keeps the store it has, and the dialog says what is wrong.
 */
public final class ConnectViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectViewModel.class);

    static final String NOT_KEPT = "Could not keep the password: no credential store on this computer. Promptly "
            + "asks for it again at the next start (or set PGPASSWORD, or add it to ~/.pgpass).";

    private final ShellViewModel shell;
    private final TaskRunner tasks;
    private final Map<String, String> environment;
    private final DialogService dialogs;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty keepPassword = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();

    public ConnectViewModel(ShellViewModel shell, TaskRunner tasks, Map<String, String> environment,
                            DialogService dialogs) {
        this.shell = shell;
        this.tasks = tasks;
        this.environment = environment;
        this.dialogs = dialogs;
        if (shell.location() instanceof StoreLocation.Server server) {
            url.set(server.display());
        }
        url.addListener((o, a, b) -> problem.set(""));
    }

    /**
     * Opened because the team server did not take the password it got at start-up ({@code why}): the dialog says
     * so in a line, as a refused login would say it.
     */
    ConnectViewModel asking(String why) {
        String user = shell.location() instanceof StoreLocation.Server server && server.user() != null
                ? server.user() : "your login";
        problem.set(why.contains(" refused the login ") ? inWords(why)
                : "The team server asks for the password of " + user + ": type it and connect.");
        return this;
    }

    /** Checks the URL here and now, then connects in the background; the dialog closes once connected. */
    public void connect() {
        String text = url.get() == null ? "" : url.get().strip();
        if (text.isEmpty()) {
            problem.set("Type the team server's address: postgresql://HOST[:PORT]/DBNAME");
            return;
        }
        StoreLocation location;
        try {
            location = StoreLocation.resolve(text, environment);
        } catch (InvalidInputException e) {
            problem.set(TimeText.capitalized(e.getMessage()) + ".");
            return;
        }
        if (!(location instanceof StoreLocation.Server server)) {
            problem.set("That is not a team server's address: write postgresql://HOST[:PORT]/DBNAME (your "
                    + "administrator has it).");
            return;
        }
        String typed = password.get() == null ? "" : password.get();
        boolean keep = keepPassword.get() && !typed.isEmpty();
        problem.set("Connecting to " + server.hostAndPort() + "…");
        // Without a typed password: PGPASSWORD, a kept one, else ~/.pgpass (read by the driver).
        tasks.run(() -> typed.isEmpty() ? ServerPasswords.forOpening(server, environment) : typed,
                chosen -> shell.switchTo(server, chosen, () -> {
                    problem.set("");
                    connected.set(true);
                    if (keep) {
                        tasks.run(() -> ServerPasswords.remember(server, typed), kept -> {
                            if (!kept) {
                                LOG.info("No credential store to keep the team server's password in");
                                dialogs.showInfo("Connected, but the password was not kept", NOT_KEPT);
                            }
                        }, failure -> dialogs.showInfo("Connected, but the password was not kept", NOT_KEPT));
                    }
                }, why -> problem.set(inWords(why))),
                failure -> problem.set(inWords(failure.getMessage())));
    }

    /**
     * A refusal in the user's words: the store's sentence carries the server's own text ("FATAL: password
     * authentication failed for user …"), which says nothing a rep can act on beyond "wrong password or login".
     */
    static String inWords(String problem) {
        if (problem == null) {
            return "";
        }
        int refused = problem.indexOf(" refused the login ");
        if (refused < 0) {
            return problem;
        }
        int serverText = problem.indexOf(" (", refused);
        String sentence = (serverText < 0 ? problem : problem.substring(0, serverText)).replaceFirst("\\.$", "");
        String reason = ": wrong password or unknown login";
        return (sentence.endsWith(reason) ? sentence : sentence + reason) + ". Check both and connect again.";
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty keepPasswordProperty() {
        return keepPassword;
    }

    /** What is wrong with the URL or the connection, or that it is connecting; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True once the window shows the team store. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return shell.switchingProperty();
    }
}
