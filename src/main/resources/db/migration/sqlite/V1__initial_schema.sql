-- Times are UTC epoch milliseconds; durations ISO-8601 text; enums their lower-case labels.

CREATE TABLE teams (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    zone        TEXT    NOT NULL,
    target      TEXT    NOT NULL DEFAULT 'PT24H',
    due_soon    TEXT    NOT NULL DEFAULT 'PT4H',
    clock       TEXT    NOT NULL DEFAULT 'calendar' CHECK (clock IN ('calendar', 'business')),
    schedule    TEXT    -- JSON, see docs/schedules.md; required by the business clock
);

CREATE TABLE reps (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    email       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    extension   TEXT,
    team_id     INTEGER NOT NULL REFERENCES teams (id),
    role        TEXT    NOT NULL CHECK (role IN ('rep', 'lead', 'manager'))
);
CREATE INDEX reps_team ON reps (team_id);
CREATE INDEX reps_extension ON reps (extension) WHERE extension IS NOT NULL;

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    company     TEXT,
    phone       TEXT,
    email       TEXT,
    hot_buttons TEXT
);
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);
CREATE INDEX customers_phone ON customers (phone) WHERE phone IS NOT NULL;

CREATE TABLE items (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL CHECK (kind IN ('callback', 'email', 'commitment', 'follow-up')),
    customer_id      INTEGER NOT NULL REFERENCES customers (id),
    subject          TEXT,
    priority         INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 2), -- 0 customer, 1 company, 2 self
    received_at      INTEGER NOT NULL,
    requested_at     INTEGER,
    source           TEXT    NOT NULL,
    external_id      TEXT,
    -- What the events add up to; rewritten with every event, in the same transaction.
    owner_rep_id     INTEGER NOT NULL REFERENCES reps (id),
    due_at           INTEGER NOT NULL CHECK (due_at >= received_at),
    due_soon_at      INTEGER NOT NULL,
    resolved_at      INTEGER,
    promised_until   INTEGER,
    effective_due_at INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_event_at    INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
-- A rep's open queue and a team's overdue list: open items have resolved_at NULL, which sorts first.
CREATE INDEX items_owner_open ON items (owner_rep_id, resolved_at, effective_due_at);
-- Covers the weekly counts (reports/SettledCounts) as well as finding an owner's items by received time.
CREATE INDEX items_owner_received ON items (owner_rep_id, received_at, kind, last_event_at, resolved_at,
                                            effective_due_at, promised_until);
CREATE INDEX items_received ON items (received_at);
CREATE INDEX items_due ON items (due_at, owner_rep_id, kind, last_event_at, resolved_at, effective_due_at,
                             promised_until, received_at);
CREATE UNIQUE INDEX items_source ON items (source, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE item_events (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER NOT NULL REFERENCES items (id),
    type           TEXT    NOT NULL CHECK (type IN ('created', 'attempt', 'replied', 'delay', 'escalated',
                                                   'reassigned', 'completed', 'recalculated', 'reopened', 'note',
                                                   'undone')),
    at             INTEGER NOT NULL,
    actor_rep_id   INTEGER REFERENCES reps (id),
    outcome        TEXT CHECK (outcome IN ('reached', 'voicemail', 'no-answer', 'busy', 'wrong-number')),
    promised_until INTEGER,
    due_at         INTEGER, -- set by 'created' and 'recalculated'
    due_soon_at    INTEGER, -- set with due_at
    from_rep_id    INTEGER REFERENCES reps (id),
    to_rep_id      INTEGER REFERENCES reps (id),
    note           TEXT,
    undoes_event_id INTEGER REFERENCES item_events (id) -- set by 'undone'
);
CREATE INDEX item_events_item ON item_events (item_id, at);
-- Finds items that a rep owned at some past instant but handed on later.
CREATE INDEX item_events_handed_on ON item_events (from_rep_id, at) WHERE from_rep_id IS NOT NULL;
-- The board's escalations of the last days, and whether an undo took one back.
CREATE INDEX item_events_escalated ON item_events (at) WHERE type = 'escalated';
CREATE INDEX item_events_undone ON item_events (undoes_event_id) WHERE undoes_event_id IS NOT NULL;
-- Items with an undo after some instant, whose stored state may not tell how they stood then.
CREATE INDEX item_events_undos ON item_events (at) WHERE type = 'undone';

CREATE TRIGGER item_events_no_update BEFORE UPDATE ON item_events
BEGIN
    SELECT RAISE(ABORT, 'item events are append-only');
END;

CREATE TRIGGER item_events_no_delete BEFORE DELETE ON item_events
BEGIN
    SELECT RAISE(ABORT, 'item events are append-only');
END;
