-- Edits of an item (its subject, its due time, its customer's contact details) are events like any other: one
-- 'edited' event per changed field, saying which field, what it was and what it became (docs/metrics.md, "Edits").
-- Who may edit is who may act on the item (V5: a rep their own items, a lead their team's, managers and admins
-- all): the event is refused by item_events_add otherwise, and the item row changes only with it (items_justified).

ALTER TABLE item_events DROP CONSTRAINT item_events_type_check;
ALTER TABLE item_events ADD CONSTRAINT item_events_type_check CHECK (type IN ('created', 'attempt', 'replied',
    'delay', 'escalated', 'reassigned', 'completed', 'recalculated', 'reopened', 'note', 'undone', 'edited'));
ALTER TABLE item_events ADD COLUMN field TEXT
    CHECK (field IN ('subject', 'due', 'customer-name', 'phone', 'email', 'company'));
ALTER TABLE item_events ADD COLUMN old_value TEXT; -- set by 'edited': the field as it was, null when empty
ALTER TABLE item_events ADD COLUMN new_value TEXT; -- set by 'edited': the field as it became, null when emptied

-- A customer's contact details change only with an 'edited' event of that field, recorded in the same transaction
-- on one of the customer's items, which the session may only record on an item it may act on. Checked at commit.
GRANT UPDATE (name, company, phone, email) ON customers TO promptly_rep, promptly_lead, promptly_manager,
    promptly_admin;
CREATE POLICY customers_change ON customers FOR UPDATE USING (promptly_role() IS NOT NULL) WITH CHECK (true);

CREATE FUNCTION customers_check_justified() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM item_events e JOIN items i ON i.id = e.item_id
                   WHERE i.customer_id = NEW.id AND e.type = 'edited'
                   AND e.field IN ('customer-name', 'phone', 'email', 'company')
                   AND e.xmin = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'customer % changed without an edit recorded on one of their items', NEW.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER customers_justified AFTER UPDATE ON customers DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NOT pg_has_role(session_user, 'promptly_admin', 'MEMBER'))
    EXECUTE FUNCTION customers_check_justified();
