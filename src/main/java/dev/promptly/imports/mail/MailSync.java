package dev.promptly.imports.mail;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Transactions;
import dev.promptly.common.UnavailableException;
import dev.promptly.items.InboxStatus;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.sla.ItemState;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Syncs a rep's mailbox over IMAP (docs/user-guide.md, "Email"): fetches the headers of the messages that came to
 * the inbox and the sent folder since the last good sync, counts the inbox, and makes and closes email items by the
 * same rule as a mailbox file. Everything fetched is written in one transaction after the server has been read, so
 * a sync cut off half-way writes nothing and the next one starts where the last good one ended.
 */
public final class MailSync {

    static final List<String> SENT_NAMES = List.of("Sent", "Sent Items", "Sent Messages", "INBOX.Sent");
    private static final String[] HEADERS = {"Message-ID", "In-Reply-To", "References", "From", "To", "Cc", "Date",
        "Subject", "Auto-Submitted", "Precedence"};
    private static final int CONNECT_TIMEOUT_MS = 15_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    /** What a sync fetched and made, and the inbox as the server counted it. */
    public record Result(int fetched, int added, MailImport.Summary items, MailStore.InboxSnapshot inbox,
                         String sentFolder) {
    }

    private final PeopleService people;
    private final ItemService items;
    private final MailImport importer;
    private final MailStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final SSLSocketFactory tlsSockets;

    /**
     * @param tlsSockets how TLS connections are made, and so which certificates are trusted; null for the JVM's own,
     *                   which checks the certificate chain and that it names the server
     */
    public MailSync(PeopleService people, ItemService items, MailImport importer, MailStore store,
                    Transactions transactions, Clock clock, SSLSocketFactory tlsSockets) {
        this.people = people;
        this.items = items;
        this.importer = importer;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.tlsSockets = tlsSockets;
    }

    public MailAccount account(String repEmail) {
        Rep rep = people.rep(repEmail);
        return store.account(rep.id()).orElseThrow(() -> new InvalidInputException(repEmail
                + " has no mailbox set up yet; give --host (--port, --user and --tls have defaults)"));
    }

    public void saveAccount(MailAccount account) {
        store.saveAccount(account);
    }

    /** Syncs {@code rep}'s mailbox as set up, with {@code password}, which is used for this connection only. */
    public Result sync(String repEmail, char[] password) {
        return sync(repEmail, null, password);
    }

    /**
     * Syncs {@code rep}'s mailbox with the server settings {@code given} (a first sync, or changed settings; null for
     * those kept). Given settings are kept only with the sync's results, once the server has been read: a wrong host,
     * port or password leaves the earlier settings, and the store, as they were.
     */
    public Result sync(String repEmail, MailAccount given, char[] password) {
        Rep rep = people.rep(repEmail);
        if (given != null && given.repId() != rep.id()) {
            throw new IllegalArgumentException("the settings are not " + repEmail + "'s");
        }
        MailAccount account = given != null ? given : account(repEmail);
        Fetched fetched = fetch(rep, account, password);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            if (given != null) {
                store.saveAccount(given);
            }
            int added = store.addMessages(rep.id(), fetched.messages());
            fetched.folders().forEach(f -> store.saveFolder(rep.id(), f.name(), f.state()));
            Set<String> aliases = Set.of(account.username().toLowerCase(Locale.ROOT));
            MailImport.Summary made = importer.take(rep, store.messages(rep.id()),
                    new MailImport.Options(rep.email(), List.copyOf(aliases), null, false, false));
            MailStore.InboxSnapshot inbox = new MailStore.InboxSnapshot(now, fetched.inbox()[0], fetched.inbox()[1],
                    fetched.inbox()[2], status(rep, fetched.inbox(), now));
            store.addSnapshot(rep.id(), inbox);
            return new Result(fetched.messages().size(), added, made, inbox, fetched.sentFolder());
        });
    }

    /**
     * Zero when nothing in the inbox is unread or unanswered; a few when it holds at most five messages and none of
     * the rep's emails is overdue; over otherwise.
     */
    private InboxStatus status(Rep rep, int[] inbox, Instant now) {
        if (inbox[1] == 0 && inbox[2] == 0) {
            return InboxStatus.ZERO;
        }
        boolean overdue = items.queue(Set.of(rep.id()), now).stream()
                .anyMatch(v -> v.item().kind() == ItemKind.EMAIL && v.state() == ItemState.OVERDUE);
        return inbox[0] <= InboxStatus.FEW_AT_MOST && !overdue ? InboxStatus.FEW : InboxStatus.OVER;
    }

    private record FolderSync(String name, MailStore.FolderState state) {
    }

    /** @param inbox messages, unread, unanswered */
    private record Fetched(List<Mail> messages, List<FolderSync> folders, int[] inbox, String sentFolder) {
    }

    private Fetched fetch(Rep rep, MailAccount account, char[] password) {
        String where = account.host() + ":" + account.port();
        Store imap = null;
        try {
            Session session = Session.getInstance(properties(account));
            imap = session.getStore(account.tls() == MailAccount.Tls.IMPLICIT ? "imaps" : "imap");
            imap.connect(account.host(), account.port(), account.username(), new String(password));
            List<Mail> messages = new ArrayList<>();
            List<FolderSync> folders = new ArrayList<>();
            IMAPFolder inbox = (IMAPFolder) imap.getFolder(account.inboxFolder());
            if (!inbox.exists()) {
                throw new InvalidInputException("the server has no folder '" + account.inboxFolder() + "'");
            }
            inbox.open(Folder.READ_ONLY);
            folders.add(fetch(rep, inbox, messages));
            int[] counts = {inbox.getMessageCount(), inbox.getUnreadMessageCount(),
                inbox.search(new FlagTerm(new Flags(Flags.Flag.ANSWERED), false)).length};
            inbox.close(false);
            IMAPFolder sent = sentFolder(imap, account);
            if (sent != null) {
                sent.open(Folder.READ_ONLY);
                folders.add(fetch(rep, sent, messages));
                sent.close(false);
            }
            return new Fetched(messages, folders, counts, sent == null ? null : sent.getFullName());
        } catch (AuthenticationFailedException e) {
            throw new InvalidInputException("the server " + where + " refused the user name or password for "
                    + account.username());
        } catch (MessagingException | IllegalStateException e) {
            throw new UnavailableException("the mail server " + where + " did not answer as it should ("
                    + rootMessage(e) + "); nothing was changed, and the next sync starts where the last good one "
                    + "ended", e);
        } finally {
            close(imap);
        }
    }

    /** The new messages of an open folder, and where the folder now stands. */
    private FolderSync fetch(Rep rep, IMAPFolder folder, List<Mail> into) throws MessagingException {
        long validity = folder.getUIDValidity();
        MailStore.FolderState last = store.folder(rep.id(), folder.getFullName()).orElse(null);
        // A new UIDVALIDITY means the server numbered the folder anew: read it all again (messages are known by
        // their ids, so nothing is made twice).
        long from = last != null && last.uidValidity() == validity ? last.lastUid() + 1 : 1;
        long highest = from - 1;
        if (folder.getMessageCount() > 0) {
            Message[] messages = folder.getMessagesByUID(from, UIDFolder.LASTUID);
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.ENVELOPE);
            for (String header : HEADERS) {
                profile.add(header);
            }
            folder.fetch(messages, profile);
            for (Message m : messages) {
                long uid = folder.getUID(m);
                // "from:*" names the last message even when none is that new.
                if (uid < from) {
                    continue;
                }
                Mail mail = MailHeaders.read(headerLines(m),
                        m.getReceivedDate() == null ? null : m.getReceivedDate().toInstant());
                if (mail.date() != null) {
                    into.add(mail);
                }
                highest = Math.max(highest, uid);
            }
        }
        return new FolderSync(folder.getFullName(), new MailStore.FolderState(validity, Math.max(highest, 0)));
    }

    private static List<String> headerLines(Message m) throws MessagingException {
        List<String> lines = new ArrayList<>();
        for (String name : HEADERS) {
            String[] values = m.getHeader(name);
            if (values != null) {
                for (String value : values) {
                    lines.add(name + ": " + value.replaceAll("\\r?\\n[ \\t]*", " "));
                }
            }
        }
        return lines;
    }

    /** The sent folder: the one named in the account, else the one the server marks \Sent, else a usual name. */
    private static IMAPFolder sentFolder(Store imap, MailAccount account) throws MessagingException {
        if (account.sentFolder() != null) {
            IMAPFolder named = (IMAPFolder) imap.getFolder(account.sentFolder());
            if (!named.exists()) {
                throw new InvalidInputException("the server has no folder '" + account.sentFolder() + "'");
            }
            return named;
        }
        for (Folder f : imap.getDefaultFolder().list("*")) {
            if (f instanceof IMAPFolder folder && List.of(folder.getAttributes()).contains("\\Sent")) {
                return folder;
            }
        }
        for (String name : SENT_NAMES) {
            IMAPFolder folder = (IMAPFolder) imap.getFolder(name);
            if (folder.exists()) {
                return folder;
            }
        }
        return null;
    }

    private Properties properties(MailAccount account) {
        Properties p = new Properties();
        String protocol = account.tls() == MailAccount.Tls.IMPLICIT ? "imaps" : "imap";
        p.put("mail." + protocol + ".connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        p.put("mail." + protocol + ".timeout", String.valueOf(READ_TIMEOUT_MS));
        p.put("mail." + protocol + ".partialfetch", "false");
        if (account.tls() == MailAccount.Tls.STARTTLS) {
            p.put("mail.imap.starttls.enable", "true");
            p.put("mail.imap.starttls.required", "true");
        }
        if (account.tls() != MailAccount.Tls.NONE && tlsSockets != null) {
            // A factory given on purpose decides whom to trust, and so also checks who the server is.
            p.put("mail." + protocol + ".ssl.socketFactory", tlsSockets);
            p.put("mail." + protocol + ".ssl.checkserveridentity", "false");
        }
        return p;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void close(Store imap) {
        if (imap != null) {
            try {
                imap.close();
            } catch (MessagingException e) {
                // the connection is gone already: nothing to keep
            }
        }
    }
}
