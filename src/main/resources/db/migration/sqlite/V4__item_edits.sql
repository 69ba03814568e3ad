-- Edits of an item (its subject, its due time, its customer's contact details) are events like any other: one
-- 'edited' event per changed field, saying which field, what it was and what it became (docs/metrics.md, "Edits").
-- SQLite cannot change a CHECK constraint in place, so the events table is built again with the new type and
-- columns, its rows copied over unchanged, and its indexes and append-only triggers made again.
--
-- The old table is renamed first, so that its own undo references follow it and the new table's refer to the new
-- table. Built beside the old one instead, the new table's undoes_event_id referred to the old table by name:
-- dropping that deleted the parents of the copied undos, a foreign-key violation that no rename took back, and
-- every store with an undo in its history failed to upgrade (looking those parents up, unindexed, also took more
-- than 16 minutes on 2.4 million events).

PRAGMA defer_foreign_keys = ON;

DROP TRIGGER item_events_no_update;
DROP TRIGGER item_events_no_delete;

ALTER TABLE item_events RENAME TO item_events_before_edits;

CREATE TABLE item_events (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER NOT NULL REFERENCES items (id),
    type           TEXT    NOT NULL CHECK (type IN ('created', 'attempt', 'replied', 'delay', 'escalated',
                                                   'reassigned', 'completed', 'recalculated', 'reopened', 'note',
                                                   'undone', 'edited')),
    at             INTEGER NOT NULL,
    actor_rep_id   INTEGER REFERENCES reps (id),
    outcome        TEXT CHECK (outcome IN ('reached', 'voicemail', 'no-answer', 'busy', 'wrong-number')),
    promised_until INTEGER,
    due_at         INTEGER, -- set by 'created', 'recalculated' and an 'edited' due time
    due_soon_at    INTEGER, -- set with due_at
    from_rep_id    INTEGER REFERENCES reps (id),
    to_rep_id      INTEGER REFERENCES reps (id),
    note           TEXT,
    undoes_event_id INTEGER REFERENCES item_events (id), -- set by 'undone'
    field          TEXT CHECK (field IN ('subject', 'due', 'customer-name', 'phone', 'email', 'company')),
    old_value      TEXT, -- set by 'edited': the field as it was, null when it was empty
    new_value      TEXT  -- set by 'edited': the field as it became, null when emptied
);

INSERT INTO item_events (id, item_id, type, at, actor_rep_id, outcome, promised_until, due_at, due_soon_at,
                         from_rep_id, to_rep_id, note, undoes_event_id)
SELECT id, item_id, type, at, actor_rep_id, outcome, promised_until, due_at, due_soon_at, from_rep_id, to_rep_id,
       note, undoes_event_id
FROM item_events_before_edits;

DROP TABLE item_events_before_edits;

CREATE INDEX item_events_item ON item_events (item_id, at);
CREATE INDEX item_events_handed_on ON item_events (from_rep_id, at) WHERE from_rep_id IS NOT NULL;
CREATE INDEX item_events_escalated ON item_events (at) WHERE type = 'escalated';
CREATE INDEX item_events_undone ON item_events (undoes_event_id) WHERE undoes_event_id IS NOT NULL;
CREATE INDEX item_events_undos ON item_events (at) WHERE type = 'undone';

CREATE TRIGGER item_events_no_update BEFORE UPDATE ON item_events
BEGIN
    SELECT RAISE(ABORT, 'item events are append-only');
END;

CREATE TRIGGER item_events_no_delete BEFORE DELETE ON item_events
BEGIN
    SELECT RAISE(ABORT, 'item events are append-only');
END;
