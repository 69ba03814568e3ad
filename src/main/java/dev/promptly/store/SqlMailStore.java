package dev.promptly.store;

import dev.promptly.common.Labeled;
import dev.promptly.imports.mail.Mail;
import dev.promptly.imports.mail.MailAccount;
import dev.promptly.imports.mail.MailStore;
import dev.promptly.items.InboxStatus;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class SqlMailStore implements MailStore {

    private final Database db;

    SqlMailStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<MailAccount> account(long repId) {
        return db.withConnection(c -> Jdbc.queryOne(c, "SELECT rep_id, host, port, tls, username, inbox_folder, "
                + "sent_folder FROM mail_accounts WHERE rep_id = ?", row -> new MailAccount(row.getLong(1),
                row.getString(2), row.getInt(3), Labeled.parse(MailAccount.Tls.class, row.getString(4), "TLS mode"),
                row.getString(5), row.getString(6), row.getString(7)), repId));
    }

    @Override
    public void saveAccount(MailAccount a) {
        db.write(c -> Jdbc.update(c, "INSERT INTO mail_accounts (rep_id, host, port, tls, username, inbox_folder, "
                + "sent_folder) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rep_id) DO UPDATE SET host = excluded.host, "
                + "port = excluded.port, tls = excluded.tls, username = excluded.username, "
                + "inbox_folder = excluded.inbox_folder, sent_folder = excluded.sent_folder",
                a.repId(), a.host(), a.port(), a.tls(), a.username(), a.inboxFolder(), a.sentFolder()));
    }

    @Override
    public Optional<FolderState> folder(long repId, String folder) {
        return db.withConnection(c -> Jdbc.queryOne(c, "SELECT uid_validity, last_uid FROM mail_folders "
                + "WHERE rep_id = ? AND folder = ?", row -> new FolderState(row.getLong(1), row.getLong(2)),
                repId, folder));
    }

    @Override
    public void saveFolder(long repId, String folder, FolderState state) {
        db.write(c -> Jdbc.update(c, "INSERT INTO mail_folders (rep_id, folder, uid_validity, last_uid) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (rep_id, folder) DO UPDATE SET uid_validity = excluded.uid_validity, "
                + "last_uid = excluded.last_uid", repId, folder, state.uidValidity(), state.lastUid()));
    }

    @Override
    public int addMessages(long repId, Collection<Mail> messages) {
        return db.write(c -> {
            int added = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO mail_messages (rep_id, "
                    + "message_key, refs, from_address, from_name, recipients, sent_at, subject, automatic, list) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rep_id, message_key) DO NOTHING")) {
                for (Mail m : messages) {
                    Jdbc.bind(insert, repId, m.key(), String.join(" ", m.references()), m.fromAddress(), m.fromName(),
                            String.join(" ", m.recipients()), m.date(), m.subject(), m.automatic() ? 1 : 0,
                            m.list() ? 1 : 0);
                    added += insert.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public List<Mail> messages(long repId) {
        return db.withConnection(c -> Jdbc.query(c, "SELECT message_key, refs, from_address, from_name, recipients, "
                + "sent_at, subject, automatic, list FROM mail_messages WHERE rep_id = ?", row -> new Mail(
                row.getString(1), words(row.getString(2)), row.getString(3), row.getString(4), words(row.getString(5)),
                Jdbc.instant(row, "sent_at"), row.getString(7), row.getInt(8) == 1, row.getInt(9) == 1), repId));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
    }

    @Override
    public void addSnapshot(long repId, InboxSnapshot s) {
        db.write(c -> Jdbc.update(c, "INSERT INTO inbox_snapshots (rep_id, at, messages, unread, unanswered, status) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (rep_id, at) DO UPDATE SET messages = excluded.messages, "
                + "unread = excluded.unread, unanswered = excluded.unanswered, status = excluded.status", repId, s.at(), s.messages(), s.unread(),
                s.unanswered(), s.status()));
    }

    @Override
    public Map<Long, InboxSnapshot> latest(Set<Long> repIds, Instant at) {
        Map<Long, InboxSnapshot> latest = new HashMap<>();
        if (repIds.isEmpty()) {
            return latest;
        }
        List<Object> params = new ArrayList<>(repIds);
        params.add(at);
        db.withConnection(c -> Jdbc.query(c, "SELECT s.rep_id, s.at, s.messages, s.unread, s.unanswered, s.status "
                + "FROM inbox_snapshots s WHERE s.rep_id IN (" + Jdbc.marks(repIds.size()) + ") AND s.at = "
                + "(SELECT max(l.at) FROM inbox_snapshots l WHERE l.rep_id = s.rep_id AND l.at <= ?)", row -> latest.put(row.getLong(1), new InboxSnapshot(Jdbc.instant(row, "at"),
                row.getInt(3), row.getInt(4), row.getInt(5),
                Labeled.parse(InboxStatus.class, row.getString(6), "inbox status"))), params.toArray()));
        return latest;
    }
}
