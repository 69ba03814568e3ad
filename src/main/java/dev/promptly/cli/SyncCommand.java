package dev.promptly.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Labeled;
import dev.promptly.imports.mail.MailAccount;
import dev.promptly.imports.mail.MailPasswords;
import dev.promptly.imports.mail.MailSync;
import dev.promptly.people.Rep;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sync", mixinStandardHelpOptions = true, description = "Bring a rep's mailbox up to date.",
        subcommands = SyncCommand.Imap.class)
final class SyncCommand {

    @Command(name = "imap", mixinStandardHelpOptions = true,
            description = {"Bring a rep's email items up to date from their IMAP mailbox.",
                "Fetches the headers of what came to the rep's inbox and sent folder since the last sync, makes and "
                    + "closes email items, and counts the inbox. The first sync needs the server's details; they are "
                    + "kept once a sync with them works (the password never is, except in the system's credential "
                    + "store)."})
    static final class Imap implements Runnable {

        private final Session session;

        @Option(names = "--rep", required = true, paramLabel = "EMAIL", description = "Whose mailbox.")
        String rep;

        @Option(names = "--host", paramLabel = "H", description = "The IMAP server.")
        String host;

        @Option(names = "--port", paramLabel = "P", description = "Its port (default: 993 with implicit TLS, else 143).")
        Integer port;

        @Option(names = "--user", paramLabel = "U", description = "The mailbox's user name (default: the rep's email).")
        String user;

        @Option(names = "--tls", paramLabel = "MODE",
                description = "implicit (default), starttls, or none (only for a server you trust on your network).")
        String tls;

        @Option(names = "--inbox-folder", paramLabel = "NAME", description = "Default: INBOX.")
        String inboxFolder;

        @Option(names = "--sent-folder", paramLabel = "NAME",
                description = "Default: the folder the server marks \\Sent, else Sent, Sent Items or Sent Messages.")
        String sentFolder;

        @Option(names = "--password-env", paramLabel = "VAR",
                description = "Read the password from this environment variable (for scripts).")
        String passwordEnv;

        @Option(names = "--remember-password",
                description = "Keep the password in the system's credential store for the next syncs.")
        boolean rememberPassword;

        @Mixin
        SummaryFormatOption format;

        Imap(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            passwordVariable(); // a mistake in the command is said before the store or the server is asked
            MailSync sync = session.context().mailSync();
            MailAccount given = host != null ? given() : null;
            MailAccount account = given != null ? given : sync.account(rep);
            char[] password = password(account);
            try {
                // Settings given here are kept only if the sync works, so a failed one changes nothing.
                MailSync.Result result = sync.sync(rep, given, password);
                if (rememberPassword && !MailPasswords.remember(account, password)) {
                    session.environment().err().println("promptly: no credential store here to keep the password in");
                }
                print(result);
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private MailAccount given() {
            Rep owner = session.context().people().rep(rep);
            MailAccount.Tls mode = tls == null ? MailAccount.Tls.IMPLICIT
                    : Labeled.parse(MailAccount.Tls.class, tls, "TLS mode");
            int chosenPort = port != null ? port : mode == MailAccount.Tls.IMPLICIT ? 993 : 143;
            return new MailAccount(owner.id(), host, chosenPort, mode, user != null ? user : owner.email(),
                    inboxFolder, sentFolder);
        }

        /** The password in --password-env; null without that option. */
        private String passwordVariable() {
            if (passwordEnv == null) {
                return null;
            }
            String value = session.environment().variables().get(passwordEnv);
            if (value == null || value.isEmpty()) {
                throw new InvalidInputException("the environment variable " + passwordEnv + " is not set");
            }
            return value;
        }

        /** From --password-env, else the credential store, else asked for on the terminal. */
        private char[] password(MailAccount account) {
            if (passwordEnv != null) {
                return passwordVariable().toCharArray();
            }
            return MailPasswords.stored(account).orElseGet(() -> {
                Console console = System.console();
                if (console == null) {
                    throw new InvalidInputException("no password for " + account.username() + ": give "
                            + "--password-env VAR, or run once in a terminal with --remember-password");
                }
                char[] typed = console.readPassword("Password for %s at %s: ", account.username(), account.host());
                if (typed == null || typed.length == 0) {
                    throw new InvalidInputException("no password given");
                }
                return typed;
            });
        }

        private void print(MailSync.Result r) {
            PrintWriter out = session.out();
            if (format.json()) {
                ObjectNode root = JsonOutput.object();
                root.put("rep", rep).put("fetched", r.fetched()).put("new_messages", r.added())
                        .put("threads", r.items().threads()).put("periods", r.items().periods())
                        .put("items_created", r.items().itemsCreated()).put("items_replied", r.items().itemsReplied())
                        .put("sent_folder", r.sentFolder());
                root.putObject("inbox").put("messages", r.inbox().messages()).put("unread", r.inbox().unread())
                        .put("unanswered", r.inbox().unanswered()).put("status", r.inbox().status().label());
                JsonOutput.print(out, root);
            } else {
                out.printf("Fetched %s (%d new); sent folder: %s%n", Counted.of(r.fetched(), "message"), r.added(),
                        r.sentFolder() == null ? "none found" : r.sentFolder());
                out.printf("Email items created: %d; replied: %d%n", r.items().itemsCreated(),
                        r.items().itemsReplied());
                out.printf("Inbox: %s, %d unread, %d unanswered: %s%n", Counted.of(r.inbox().messages(), "message"),
                        r.inbox().unread(), r.inbox().unanswered(), r.inbox().status().label());
            }
            out.flush();
        }
    }
}
