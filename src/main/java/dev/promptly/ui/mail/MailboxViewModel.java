package dev.promptly.ui.mail;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.UnavailableException;
import dev.promptly.imports.mail.MailAccount;
import dev.promptly.imports.mail.MailPasswords;
import dev.promptly.imports.mail.MailSync;
import dev.promptly.people.Rep;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.Settings;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The rep's mailbox: where it is, syncing it now, and syncing it every few minutes in the background. The password
 * is used for one sync and forgotten, unless the rep keeps it in the system's credential store.
 */
public final class MailboxViewModel {

    static final String EVERY_KEY = "mail.syncMinutes";

    private final MailSync sync;
    private final Settings settings;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable onSynced;

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("993");
    private final ObjectProperty<MailAccount.Tls> tls = new SimpleObjectProperty<>(MailAccount.Tls.IMPLICIT);
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(true);
    private final StringProperty inboxFolder = new SimpleStringProperty("INBOX");
    private final StringProperty sentFolder = new SimpleStringProperty("");
    private final IntegerProperty everyMinutes = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Rep rep;

    public MailboxViewModel(MailSync sync, Settings settings, Clock clock, TaskRunner tasks, DialogService dialogs,
                            Runnable onSynced) {
        this.sync = sync;
        this.settings = settings;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onSynced = onSynced;
        everyMinutes.set(settings.get(EVERY_KEY).map(Integer::parseInt).orElse(0));
        everyMinutes.addListener((o, a, b) -> settings.put(EVERY_KEY, String.valueOf(b)));
        tls.addListener((o, a, b) -> {
            if (port.get().equals(defaultPort(a))) {
                port.set(defaultPort(b));
            }
        });
    }

    private static String defaultPort(MailAccount.Tls mode) {
        return mode == MailAccount.Tls.IMPLICIT ? "993" : "143";
    }

    /** Shows {@code owner}'s mailbox, as set up before, or ready to be set up. */
    public void show(Rep owner) {
        rep = owner;
        user.set(owner.email());
        tasks.run(() -> {
            try {
                return Optional.of(sync.account(owner.email()));
            } catch (InvalidInputException none) {
                return Optional.<MailAccount>empty();
            }
        }, account -> {
            account.ifPresent(a -> {
                host.set(a.host());
                tls.set(a.tls());
                port.set(String.valueOf(a.port()));
                user.set(a.username());
                inboxFolder.set(a.inboxFolder());
                sentFolder.set(a.sentFolder() == null ? "" : a.sentFolder());
            });
        }, failure -> status.set(failure.getMessage()));
    }

    /**
     * Syncs the mailbox as given, with the password typed (kept only if the rep asked); the settings are saved with
     * the sync, only if it works.
     */
    public void saveAndSync() {
        MailAccount account;
        try {
            account = new MailAccount(rep.id(), host.get().strip(), parsePort(), tls.get(), user.get().strip(),
                    inboxFolder.get(), sentFolder.get());
        } catch (InvalidInputException e) {
            status.set(TimeText.capitalized(e.getMessage()) + ".");
            return;
        }
        char[] typed = password.get().toCharArray();
        boolean keep = remember.get();
        password.set("");
        run(() -> {
            char[] secret = typed.length > 0 ? typed : MailPasswords.stored(account).orElseThrow(() ->
                    new InvalidInputException("type the mailbox's password"));
            try {
                // The settings are kept with the sync's results, so a wrong host or password changes nothing.
                MailSync.Result result = sync.sync(rep.email(), account, secret);
                boolean kept = !keep || typed.length == 0 || MailPasswords.remember(account, typed);
                return describe(result) + (kept ? "" : " (no credential store here to keep the password in)");
            } finally {
                Arrays.fill(secret, '\0');
            }
        });
    }

    /**
     * Syncs with the kept password; asks for it when there is none (when {@code ask}), or leaves it to the rep
     * (a background sync must not interrupt them).
     */
    public void syncNow(boolean ask) {
        if (rep == null || syncing.get()) {
            return;
        }
        tasks.run(() -> sync.account(rep.email()), account -> run(() -> {
                char[] secret = MailPasswords.stored(account).orElse(null);
                if (secret == null) {
                    throw new MissingPassword(account);
                }
                try {
                    return describe(sync.sync(rep.email(), secret));
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }, ask), failure -> status.set(failure instanceof InvalidInputException
                ? "Set up your mailbox first: File > Mailbox." : failure.getMessage()));
    }

    /** No password kept: the rep is asked for it (a sync started by them), or told (one in the background). */
    private static final class MissingPassword extends RuntimeException {
        private final transient MailAccount account;

        MissingPassword(MailAccount account) {
            super("the mailbox password is not kept here", null, false, false);
            this.account = account;
        }
    }

    private void run(java.util.function.Supplier<String> work) {
        run(work, true);
    }

    private void run(java.util.function.Supplier<String> work, boolean ask) {
        syncing.set(true);
        status.set("Syncing…");
        tasks.run(work, done -> {
            syncing.set(false);
            status.set(done);
            onSynced.run();
        }, failure -> {
            syncing.set(false);
            if (failure instanceof MissingPassword missing) {
                if (ask) {
                    dialogs.askPassword(missing.account.username() + " at " + missing.account.host())
                            .ifPresentOrElse(p -> {
                                password.set(new String(p));
                                Arrays.fill(p, '\0');
                                remember.set(false);
                                saveAndSync();
                            }, () -> status.set("Not synced: no password."));
                } else {
                    status.set("Not synced: the password is not kept. Use File > Sync mailbox now.");
                }
            } else if (failure instanceof InvalidInputException || failure instanceof UnavailableException) {
                status.set("Not synced: " + failure.getMessage() + ".");
            } else {
                status.set("Not synced: " + failure);
            }
        });
    }

    private String describe(MailSync.Result r) {
        return "Synced at " + TimeText.dayAndTime(clock.instant(), clock.getZone()) + ": " + r.added()
                + " new messages, " + r.items().itemsCreated() + " emails to answer, " + r.items().itemsReplied()
                + " answered. Inbox: " + r.inbox().messages() + " messages, " + r.inbox().unread() + " unread, "
                + r.inbox().unanswered() + " unanswered (" + r.inbox().status().label() + ").";
    }

    private int parsePort() {
        try {
            return Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + port.get() + "' is not a port number");
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<MailAccount.Tls> tlsProperty() {
        return tls;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public StringProperty inboxFolderProperty() {
        return inboxFolder;
    }

    public StringProperty sentFolderProperty() {
        return sentFolder;
    }

    /** Minutes between background syncs; 0 for none. */
    public IntegerProperty everyMinutesProperty() {
        return everyMinutes;
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }


    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
