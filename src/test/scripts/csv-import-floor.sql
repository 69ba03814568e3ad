-- The SQLite engine's own floor under the CSV import (docs/benchmarks.md): the file's rows are first read into a
-- table of text with sqlite3's .import (not timed), then written into Promptly's schema as the import writes them:
-- customers, items, their events and the ledger, in one transaction, with the indexes the import drops dropped and
-- built again afterwards. Due times are plain arithmetic, not business hours, and nothing is checked: a lower bound.
-- Run by csv-import-floor.sh, which sets the file to read with .import and sums the timed statements.
PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;
PRAGMA temp_store=MEMORY;
CREATE TEMP TABLE raw(kind,rep,customer,contact,subject,received_at,due_at,responded_at,done_at,priority,external_id);
.import --csv --skip 1 :CSV: raw
.timer on
BEGIN;
DROP INDEX items_owner_open; DROP INDEX items_owner_received; DROP INDEX items_received; DROP INDEX items_due;
DROP INDEX items_customer; DROP INDEX item_events_handed_on; DROP INDEX item_events_escalated;
DROP INDEX item_events_undone; DROP INDEX item_events_undos;
INSERT INTO customers (name, phone, phone_digits) SELECT customer, min(contact), '49' FROM temp.raw GROUP BY customer;
CREATE TEMP TABLE cust AS SELECT name, max(id) AS id FROM customers GROUP BY name;
CREATE INDEX temp.cust_name ON cust(name);
CREATE TEMP TABLE rep AS SELECT email, id FROM reps;
INSERT INTO items (kind, customer_id, subject, priority, received_at, requested_at, source, external_id, owner_rep_id,
                   due_at, due_soon_at, resolved_at, promised_until, effective_due_at, attempts, last_event_at, version)
SELECT r.kind, c.id, r.subject, 0, unixepoch(r.received_at) * 1000, NULL, 'csv', r.external_id, p.id,
       coalesce(unixepoch(nullif(r.due_at, '')), unixepoch(r.received_at) + 86400) * 1000,
       coalesce(unixepoch(nullif(r.due_at, '')), unixepoch(r.received_at) + 86400) * 1000 - 14400000,
       coalesce(unixepoch(nullif(r.done_at, '')), unixepoch(nullif(r.responded_at, ''))) * 1000, NULL,
       coalesce(unixepoch(nullif(r.due_at, '')), unixepoch(r.received_at) + 86400) * 1000, 0,
       coalesce(unixepoch(nullif(r.done_at, '')), unixepoch(nullif(r.responded_at, '')), unixepoch(r.received_at)) * 1000, 1
FROM temp.raw r JOIN cust c ON c.name = r.customer JOIN rep p ON p.email = r.rep;
INSERT INTO item_events (item_id, type, at, due_at, due_soon_at, to_rep_id)
SELECT id, 'created', received_at, due_at, due_soon_at, owner_rep_id FROM items WHERE source = 'csv' ORDER BY id;
INSERT INTO item_events (item_id, type, at, actor_rep_id)
SELECT i.id, CASE WHEN r.done_at <> '' THEN 'completed' ELSE 'replied' END, i.resolved_at, i.owner_rep_id
FROM items i JOIN temp.raw r ON r.external_id = i.external_id WHERE i.source = 'csv' AND i.resolved_at IS NOT NULL ORDER BY i.id;
INSERT INTO imported_records (source, external_id, item_id, role, imported_at)
SELECT 'csv', external_id, id, 'created', 0 FROM items WHERE source = 'csv' ORDER BY external_id;
CREATE INDEX items_owner_open ON items (owner_rep_id, resolved_at, effective_due_at);
CREATE INDEX items_owner_received ON items (owner_rep_id, received_at, kind, last_event_at, resolved_at, effective_due_at, promised_until);
CREATE INDEX items_received ON items (received_at);
CREATE INDEX items_due ON items (due_at, owner_rep_id, kind, last_event_at, resolved_at, effective_due_at, promised_until, received_at);
CREATE INDEX items_customer ON items (customer_id, owner_rep_id, resolved_at);
CREATE INDEX item_events_handed_on ON item_events (from_rep_id, at) WHERE from_rep_id IS NOT NULL;
CREATE INDEX item_events_escalated ON item_events (at) WHERE type = 'escalated';
CREATE INDEX item_events_undone ON item_events (undoes_event_id) WHERE undoes_event_id IS NOT NULL;
CREATE INDEX item_events_undos ON item_events (at) WHERE type = 'undone';
COMMIT;
.timer off
SELECT count(*) FROM items; SELECT count(*) FROM item_events; SELECT count(*) FROM imported_records; SELECT count(*) FROM customers;
