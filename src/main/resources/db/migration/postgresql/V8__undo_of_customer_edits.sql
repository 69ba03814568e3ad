-- An undo takes back a whole edit, the customer's contact details included (docs/metrics.md, "Edits"): a customer's
-- details may now also change with an 'undone' event, recorded in the same transaction on one of the customer's
-- items, that takes back an edit of such a detail. As before, the session may only record it on an item it may act
-- on (item_events_add), and the check runs at commit.
CREATE OR REPLACE FUNCTION customers_check_justified() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM item_events e JOIN items i ON i.id = e.item_id
                   WHERE i.customer_id = NEW.id AND e.xmin = pg_current_xact_id()::xid
                   AND (e.type = 'edited' AND e.field IN ('customer-name', 'phone', 'email', 'company')
                        OR e.type = 'undone' AND EXISTS (
                            SELECT 1 FROM item_events undone WHERE undone.id = e.undoes_event_id
                            AND undone.item_id = e.item_id AND undone.type = 'edited'
                            AND undone.field IN ('customer-name', 'phone', 'email', 'company')))) THEN
        RAISE EXCEPTION 'customer % changed without an edit recorded on one of their items', NEW.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
