-- Every record an importer has taken in; as in db/migration/sqlite/V2.
CREATE TABLE imported_records (
    source      TEXT   COLLATE "C" NOT NULL,
    external_id TEXT   COLLATE "C" NOT NULL,
    item_id     BIGINT REFERENCES items (id),
    role        TEXT   NOT NULL CHECK (role IN ('created', 'repeat', 'attempt', 'none')),
    imported_at BIGINT NOT NULL,
    PRIMARY KEY (source, external_id)
);
CREATE INDEX imported_records_item ON imported_records (item_id) WHERE item_id IS NOT NULL;
