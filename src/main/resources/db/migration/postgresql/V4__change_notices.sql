-- Every open desktop on the team store hears of a committed change to items (LISTEN promptly_items), once per
-- statement: the ids of the reps whose items changed, so a desktop refreshes only what shows them. A batch that
-- touches more reps than fit in a notice says "*" (refresh everything).
CREATE FUNCTION items_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners TEXT;
BEGIN
    SELECT string_agg(DISTINCT owner_rep_id::text, ',') INTO owners FROM changed_items;
    IF owners IS NULL THEN
        RETURN NULL;
    END IF;
    IF length(owners) > 7000 THEN
        owners := '*';
    END IF;
    PERFORM pg_notify('promptly_items', owners);
    RETURN NULL;
END
$$;
CREATE TRIGGER items_notify_insert AFTER INSERT ON items REFERENCING NEW TABLE AS changed_items
    FOR EACH STATEMENT EXECUTE FUNCTION items_notify_change();
CREATE TRIGGER items_notify_update AFTER UPDATE ON items REFERENCING NEW TABLE AS changed_items
    FOR EACH STATEMENT EXECUTE FUNCTION items_notify_change();
-- A reassignment moves an item away from a rep: that rep's desktop must hear of it too.
CREATE FUNCTION items_notify_previous_owner() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners TEXT;
BEGIN
    SELECT string_agg(DISTINCT owner_rep_id::text, ',') INTO owners FROM previous_items;
    IF owners IS NOT NULL THEN
        PERFORM pg_notify('promptly_items', CASE WHEN length(owners) > 7000 THEN '*' ELSE owners END);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER items_notify_update_previous AFTER UPDATE ON items REFERENCING OLD TABLE AS previous_items
    FOR EACH STATEMENT EXECUTE FUNCTION items_notify_previous_owner();
