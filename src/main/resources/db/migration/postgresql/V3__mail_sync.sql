-- A rep's mailbox, synced over IMAP; as in db/migration/sqlite/V3. The password is never stored here.
CREATE TABLE mail_accounts (
    rep_id       BIGINT  PRIMARY KEY REFERENCES reps (id),
    host         TEXT    NOT NULL,
    port         INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    tls          TEXT    NOT NULL CHECK (tls IN ('implicit', 'starttls', 'none')),
    username     TEXT    NOT NULL,
    inbox_folder TEXT    NOT NULL DEFAULT 'INBOX',
    sent_folder  TEXT
);

CREATE TABLE mail_folders (
    rep_id       BIGINT NOT NULL REFERENCES reps (id),
    folder       TEXT   COLLATE "C" NOT NULL,
    uid_validity BIGINT NOT NULL,
    last_uid     BIGINT NOT NULL,
    PRIMARY KEY (rep_id, folder)
);

CREATE TABLE mail_messages (
    rep_id       BIGINT  NOT NULL REFERENCES reps (id),
    message_key  TEXT    COLLATE "C" NOT NULL,
    refs         TEXT    NOT NULL,
    from_address TEXT,
    from_name    TEXT,
    recipients   TEXT    NOT NULL,
    sent_at      BIGINT  NOT NULL,
    subject      TEXT    NOT NULL,
    automatic    INTEGER NOT NULL,
    list         INTEGER NOT NULL,
    PRIMARY KEY (rep_id, message_key)
);

CREATE TABLE inbox_snapshots (
    rep_id     BIGINT  NOT NULL REFERENCES reps (id),
    at         BIGINT  NOT NULL,
    messages   INTEGER NOT NULL,
    unread     INTEGER NOT NULL,
    unanswered INTEGER NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('zero', 'few', 'over')),
    PRIMARY KEY (rep_id, at)
);
