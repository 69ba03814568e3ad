-- Finding a customer (docs/user-guide.md, "Finding a customer"): whether a customer has items with the viewer's
-- team, and which, is one probe of this index per customer instead of a scan of every item.
CREATE INDEX items_customer ON items (customer_id, owner_rep_id, resolved_at);
