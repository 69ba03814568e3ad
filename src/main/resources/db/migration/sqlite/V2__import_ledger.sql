-- Every record an importer has taken in (a call of a call-detail file, a row of a CSV file), so that importing the
-- same file again, or a longer version of it, changes nothing that was already imported.
CREATE TABLE imported_records (
    source      TEXT    NOT NULL,                    -- 'cdr', 'csv', ...
    external_id TEXT    NOT NULL,                    -- the call id, the row's id
    item_id     INTEGER REFERENCES items (id),       -- the item it created or changed; null when it changed none
    role        TEXT    NOT NULL CHECK (role IN ('created', 'repeat', 'attempt', 'none')),
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (source, external_id)
) WITHOUT ROWID;
-- How many times a customer called about one callback: its creating call and the repeats.
CREATE INDEX imported_records_item ON imported_records (item_id) WHERE item_id IS NOT NULL;
