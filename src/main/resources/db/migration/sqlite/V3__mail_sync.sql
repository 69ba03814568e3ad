-- A rep's mailbox, synced over IMAP. The password is never stored here: it lives in the operating system's
-- credential store, or is asked for at sync time.
CREATE TABLE mail_accounts (
    rep_id       INTEGER PRIMARY KEY REFERENCES reps (id),
    host         TEXT    NOT NULL,
    port         INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    tls          TEXT    NOT NULL CHECK (tls IN ('implicit', 'starttls', 'none')),
    username     TEXT    NOT NULL,
    inbox_folder TEXT    NOT NULL DEFAULT 'INBOX',
    sent_folder  TEXT                             -- null: the folder the server marks \Sent, else a usual name
);

-- Where each folder's last good sync ended: a sync fetches only messages with a higher UID, and starts over when
-- the server's UIDVALIDITY changes.
CREATE TABLE mail_folders (
    rep_id       INTEGER NOT NULL REFERENCES reps (id),
    folder       TEXT    NOT NULL,
    uid_validity INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL,
    PRIMARY KEY (rep_id, folder)
) WITHOUT ROWID;

-- The headers of every message synced, which the conversation rule reads again at each sync (docs/metrics.md).
CREATE TABLE mail_messages (
    rep_id       INTEGER NOT NULL REFERENCES reps (id),
    message_key  TEXT    NOT NULL,   -- the Message-ID, or a digest of Date, From and Subject
    refs         TEXT    NOT NULL,   -- valid ids of In-Reply-To and References, space-separated
    from_address TEXT,
    from_name    TEXT,
    recipients   TEXT    NOT NULL,   -- To and Cc addresses, space-separated
    sent_at      INTEGER NOT NULL,
    subject      TEXT    NOT NULL,
    automatic    INTEGER NOT NULL,
    list         INTEGER NOT NULL,
    PRIMARY KEY (rep_id, message_key)
) WITHOUT ROWID;

-- The inbox as the server counted it at each sync: kept for the inbox trend and the inbox-zero streak.
CREATE TABLE inbox_snapshots (
    rep_id     INTEGER NOT NULL REFERENCES reps (id),
    at         INTEGER NOT NULL,
    messages   INTEGER NOT NULL,
    unread     INTEGER NOT NULL,
    unanswered INTEGER NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('zero', 'few', 'over')),
    PRIMARY KEY (rep_id, at)
) WITHOUT ROWID;
