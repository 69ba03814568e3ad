-- Finding a customer (docs/user-guide.md, "Finding a customer"): whether a customer has items with the viewer's
-- team, and which, is answered from this index alone; it replaces the index on the customer only.
DROP INDEX items_customer;
CREATE INDEX items_customer ON items (customer_id, owner_rep_id, resolved_at NULLS FIRST);
