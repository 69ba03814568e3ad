-- Who may do what on the team store, enforced by the server (docs/team-server.md, "Sign-in and roles"; ADR 17).
-- Every person signs in with a login of their own; reps.login maps it to their rep. Four group roles carry the
-- table rights; row-level security narrows every row to what the person's role in Promptly allows; triggers check
-- what a row alone cannot say (the kind of event, whose event is undone) and take the actor of every event from
-- the session, never from the client. The login that runs store setup (the database's owner) is the first admin.

ALTER TABLE reps ADD COLUMN login TEXT COLLATE "C" UNIQUE;

DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['promptly_rep', 'promptly_lead', 'promptly_manager', 'promptly_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
    EXECUTE format('GRANT promptly_admin TO %I WITH ADMIN OPTION', current_user);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO promptly_rep, promptly_lead, promptly_manager, promptly_admin',
                   current_database());
END
$$;

-- Who the session is: its rep, that rep's team and role, and whether it may administer the store. SECURITY DEFINER,
-- so that they read reps whatever the session may read; session_user, so that SET ROLE changes nothing.
CREATE FUNCTION promptly_rep_id() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
    $$ SELECT id FROM reps WHERE login = session_user $$;
CREATE FUNCTION promptly_team_id() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
    $$ SELECT team_id FROM reps WHERE login = session_user $$;
CREATE FUNCTION promptly_is_admin() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
    $$ SELECT pg_has_role(session_user, 'promptly_admin', 'MEMBER')
              OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) $$;
-- 'admin', 'manager', 'lead' or 'rep'; null for a login that is neither an admin nor linked to a rep.
CREATE FUNCTION promptly_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
    $$ SELECT CASE WHEN promptly_is_admin() THEN 'admin'
                   ELSE (SELECT role FROM reps WHERE login = session_user) END $$;
-- Whether the session sees, or may act on, every item: managers and admins.
CREATE FUNCTION promptly_sees_all() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
    $$ SELECT coalesce(promptly_role() IN ('admin', 'manager'), false) $$;
-- The reps whose items the session sees: their team's.
CREATE FUNCTION promptly_visible_reps() RETURNS BIGINT[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS
    $$ SELECT coalesce(array_agg(id), '{}') FROM reps WHERE team_id = promptly_team_id() $$;
-- The reps on whose items the session may act: a rep their own, a lead their team's.
CREATE FUNCTION promptly_actable_reps() RETURNS BIGINT[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS
    $$ SELECT CASE promptly_role()
                   WHEN 'lead' THEN promptly_visible_reps()
                   WHEN 'rep' THEN ARRAY[promptly_rep_id()]
                   ELSE '{}'::BIGINT[] END $$;

-- The team an item last left (by an escalation or a reassignment to another team): that team still sees it (its
-- board lists its escalations), and PostgreSQL checks an updated row against what the session may see, so handing
-- an item out of the team needs it too. Kept by the server, never written by a client.
ALTER TABLE items ADD COLUMN handed_on_from_team BIGINT;
CREATE FUNCTION items_remember_team_left() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
BEGIN
    NEW.handed_on_from_team := (SELECT team_id FROM reps WHERE id = OLD.owner_rep_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER items_team_left BEFORE UPDATE ON items FOR EACH ROW
    WHEN (OLD.owner_rep_id IS DISTINCT FROM NEW.owner_rep_id) EXECUTE FUNCTION items_remember_team_left();

-- The team of an item the session may not see, so that a refusal can say why rather than "no such item" (ids are
-- no secret: they are given in order).
CREATE FUNCTION promptly_item_team(item BIGINT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS
    $$ SELECT t.name FROM items i JOIN reps r ON r.id = i.owner_rep_id JOIN teams t ON t.id = r.team_id
       WHERE i.id = item $$;

-- The highest id of items or events, whatever the session may see: a batch gives ids from it.
CREATE FUNCTION promptly_highest_id(tbl TEXT) RETURNS BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public AS $$
DECLARE
    highest BIGINT;
BEGIN
    IF tbl NOT IN ('items', 'item_events') THEN
        RAISE EXCEPTION 'no ids of %', tbl;
    END IF;
    EXECUTE format('SELECT coalesce(max(id), 0) FROM %I', tbl) INTO highest;
    RETURN highest;
END
$$;

-- Table rights: reading everything Promptly shows, writing what the work needs; nobody may delete or truncate.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO promptly_rep, promptly_lead, promptly_manager, promptly_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO promptly_rep, promptly_lead, promptly_manager, promptly_admin;
GRANT INSERT ON customers, items, item_events, imported_records, mail_accounts, mail_folders, mail_messages,
    inbox_snapshots TO promptly_rep, promptly_lead, promptly_manager, promptly_admin;
GRANT UPDATE ON items, mail_accounts, mail_folders, inbox_snapshots
    TO promptly_rep, promptly_lead, promptly_manager, promptly_admin;
GRANT INSERT, UPDATE ON teams, reps TO promptly_admin;
GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO promptly_rep, promptly_lead, promptly_manager, promptly_admin;
REVOKE ALL ON flyway_schema_history FROM promptly_rep, promptly_lead, promptly_manager, promptly_admin;
GRANT SELECT ON flyway_schema_history TO promptly_rep, promptly_lead, promptly_manager, promptly_admin;

-- Rows. Teams, reps and customers are the company's directory: everyone signed in reads them (a rep escalates to
-- anyone, and answers any customer who calls); only an admin changes teams and reps.
ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY teams_read ON teams FOR SELECT USING (promptly_role() IS NOT NULL);
CREATE POLICY teams_admin ON teams FOR ALL USING (promptly_is_admin()) WITH CHECK (promptly_is_admin());

ALTER TABLE reps ENABLE ROW LEVEL SECURITY;
CREATE POLICY reps_read ON reps FOR SELECT USING (promptly_role() IS NOT NULL);
CREATE POLICY reps_admin ON reps FOR ALL USING (promptly_is_admin()) WITH CHECK (promptly_is_admin());

ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY customers_read ON customers FOR SELECT USING (promptly_role() IS NOT NULL);
CREATE POLICY customers_add ON customers FOR INSERT WITH CHECK (promptly_role() IS NOT NULL);

-- Items: seen by their team (everyone, for managers and admins); added for someone one may act for; changed by
-- whoever may act for the owner. Where an item may go is the events' business (below).
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
-- The functions are called in scalar subqueries, which PostgreSQL evaluates once per statement, not once per row.
CREATE POLICY items_read ON items FOR SELECT
    USING ((SELECT promptly_sees_all()) OR owner_rep_id = ANY ((SELECT promptly_visible_reps())::BIGINT[])
           OR handed_on_from_team = (SELECT promptly_team_id()));
CREATE POLICY items_add ON items FOR INSERT
    WITH CHECK ((SELECT promptly_sees_all()) OR owner_rep_id = ANY ((SELECT promptly_actable_reps())::BIGINT[]));
CREATE POLICY items_change ON items FOR UPDATE
    USING ((SELECT promptly_sees_all()) OR owner_rep_id = ANY ((SELECT promptly_actable_reps())::BIGINT[])) WITH CHECK (true);

ALTER TABLE item_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY item_events_read ON item_events FOR SELECT
    USING ((SELECT promptly_sees_all()) OR EXISTS (SELECT 1 FROM items i WHERE i.id = item_id));
CREATE POLICY item_events_add ON item_events FOR INSERT
    WITH CHECK ((SELECT promptly_sees_all()) OR EXISTS (SELECT 1 FROM items i WHERE i.id = item_id
                AND i.owner_rep_id = ANY ((SELECT promptly_actable_reps())::BIGINT[])));

ALTER TABLE imported_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY imported_records_read ON imported_records FOR SELECT USING (promptly_role() IS NOT NULL);
CREATE POLICY imported_records_add ON imported_records FOR INSERT WITH CHECK (promptly_role() IS NOT NULL);

-- A mailbox is its rep's: the rep reads and writes their own; a lead reads the team's; managers and admins all.
ALTER TABLE mail_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY mail_accounts_own ON mail_accounts FOR ALL USING (rep_id = promptly_rep_id() OR promptly_is_admin())
    WITH CHECK (rep_id = promptly_rep_id() OR promptly_is_admin());
ALTER TABLE mail_folders ENABLE ROW LEVEL SECURITY;
CREATE POLICY mail_folders_own ON mail_folders FOR ALL USING (rep_id = promptly_rep_id() OR promptly_is_admin())
    WITH CHECK (rep_id = promptly_rep_id() OR promptly_is_admin());
ALTER TABLE mail_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY mail_messages_own ON mail_messages FOR ALL USING (rep_id = promptly_rep_id() OR promptly_is_admin())
    WITH CHECK (rep_id = promptly_rep_id() OR promptly_is_admin());
ALTER TABLE inbox_snapshots ENABLE ROW LEVEL SECURITY;
CREATE POLICY inbox_snapshots_read ON inbox_snapshots FOR SELECT
    USING ((SELECT promptly_sees_all()) OR rep_id = ANY ((SELECT promptly_visible_reps())::BIGINT[]));
CREATE POLICY inbox_snapshots_own ON inbox_snapshots FOR INSERT
    WITH CHECK (rep_id = promptly_rep_id() OR promptly_is_admin());
CREATE POLICY inbox_snapshots_own_update ON inbox_snapshots FOR UPDATE
    USING (rep_id = promptly_rep_id() OR promptly_is_admin());

-- What a row cannot say. The actor of an event is the signed-in rep, whatever the client sent; a rep undoes only
-- their own events; reassigning is for leads (within and into their team) and above; escalating is anyone's.
CREATE FUNCTION item_events_check_actor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me BIGINT := promptly_rep_id();
    my_role TEXT := promptly_role();
BEGIN
    IF me IS NOT NULL THEN
        NEW.actor_rep_id := me;
    END IF;
    IF my_role IS NULL THEN
        RAISE EXCEPTION 'the login % is not linked to a rep', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.type = 'reassigned' THEN
        IF my_role = 'rep' THEN
            RAISE EXCEPTION 'only a lead or a manager may reassign items' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF my_role = 'lead' AND (SELECT team_id FROM reps WHERE id = NEW.to_rep_id) <> promptly_team_id() THEN
            RAISE EXCEPTION 'a lead reassigns only to reps of their own team' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    -- Replaying a history needs it in order: the client checks that an action is not older than the item's last
    -- event, and so does the server for anyone writing around it.
    IF NEW.type <> 'created' AND NEW.at < (SELECT greatest(i.received_at, coalesce(max(e.at), i.received_at))
                                           FROM items i LEFT JOIN item_events e ON e.item_id = i.id
                                           WHERE i.id = NEW.item_id GROUP BY i.received_at) THEN
        RAISE EXCEPTION 'item % has a later event already: events are recorded in the order they happened',
            NEW.item_id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.type = 'undone' AND my_role = 'rep'
       AND (SELECT actor_rep_id FROM item_events WHERE id = NEW.undoes_event_id) IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'a rep undoes only their own events' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
-- Admins are trusted with what they write (they administer the store; the owner could drop the triggers): leaving
-- them out keeps bulk imports and store copy fast. pg_has_role is the server's own, cached check: cheap per row.
CREATE TRIGGER item_events_actor BEFORE INSERT ON item_events
    FOR EACH ROW WHEN (NOT pg_has_role(session_user, 'promptly_admin', 'MEMBER'))
    EXECUTE FUNCTION item_events_check_actor();

-- An item row changes only with an event recorded in the same transaction, and changes hands only with a transfer
-- (an escalation, a reassignment, or the undo of one). Checked at commit, when the transaction's events are in.
CREATE FUNCTION items_check_justified() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM item_events e WHERE e.item_id = NEW.id AND e.xmin = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'item % changed without an event', NEW.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.owner_rep_id <> OLD.owner_rep_id AND NOT EXISTS (
            SELECT 1 FROM item_events e WHERE e.item_id = NEW.id AND e.xmin = pg_current_xact_id()::xid
            AND e.type IN ('escalated', 'reassigned', 'undone')) THEN
        RAISE EXCEPTION 'item % changed hands without a transfer', NEW.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER items_justified AFTER INSERT OR UPDATE ON items DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NOT pg_has_role(session_user, 'promptly_admin', 'MEMBER'))
    EXECUTE FUNCTION items_check_justified();

-- Logins, managed by admins through these functions only (they run as the database's owner, who may create roles).
CREATE FUNCTION promptly_add_user(new_login TEXT, rep_email TEXT, new_password TEXT) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    target reps%ROWTYPE;
    created BOOLEAN := false;
BEGIN
    IF NOT promptly_is_admin() THEN
        RAISE EXCEPTION 'only an admin may add users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO target FROM reps WHERE lower(email) = lower(rep_email);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no rep with email %', rep_email USING ERRCODE = 'no_data_found';
    END IF;
    IF EXISTS (SELECT 1 FROM reps WHERE login = new_login AND id <> target.id) THEN
        RAISE EXCEPTION 'the login % is linked to another rep already', new_login USING ERRCODE = 'unique_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', new_login, new_password);
        created := true;
    END IF;
    UPDATE reps SET login = new_login WHERE id = target.id;
    PERFORM promptly_grant_role(new_login, target.role);
    RETURN created;
END
$$;

CREATE FUNCTION promptly_grant_role(member TEXT, role_in_promptly TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    group_role TEXT;
BEGIN
    IF NOT promptly_is_admin() THEN
        RAISE EXCEPTION 'only an admin may change roles' USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOREACH group_role IN ARRAY ARRAY['promptly_rep', 'promptly_lead', 'promptly_manager'] LOOP
        IF pg_has_role(member, group_role, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', group_role, member);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', 'promptly_' || role_in_promptly, member);
END
$$;

CREATE FUNCTION promptly_remove_user(old_login TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    group_role TEXT;
BEGIN
    IF NOT promptly_is_admin() THEN
        RAISE EXCEPTION 'only an admin may remove users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE reps SET login = NULL WHERE login = old_login;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = old_login) THEN
        FOREACH group_role IN ARRAY ARRAY['promptly_rep', 'promptly_lead', 'promptly_manager', 'promptly_admin'] LOOP
            IF pg_has_role(old_login, group_role, 'MEMBER') THEN
                EXECUTE format('REVOKE %I FROM %I', group_role, old_login);
            END IF;
        END LOOP;
    END IF;
END
$$;

REVOKE ALL ON FUNCTION promptly_add_user(TEXT, TEXT, TEXT), promptly_grant_role(TEXT, TEXT),
    promptly_remove_user(TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION promptly_add_user(TEXT, TEXT, TEXT), promptly_grant_role(TEXT, TEXT),
    promptly_remove_user(TEXT) TO promptly_admin;
