-- Finding a customer (docs/user-guide.md, "Finding a customer").
-- A phone as typed ("+49 30 5550-0024") is searched by its digits: kept beside it, without the formatting people
-- type ( -./()+ ), so that a search compares plain text instead of reformatting every phone. Written with the phone.
ALTER TABLE customers ADD COLUMN phone_digits TEXT;
UPDATE customers SET phone_digits = replace(replace(replace(replace(replace(replace(replace(
    phone, ' ', ''), '-', ''), '.', ''), '/', ''), '(', ''), ')', ''), '+', '') WHERE phone IS NOT NULL;
-- Whether a customer has items with the viewer's team, and which: one probe of this index per customer.
CREATE INDEX items_customer ON items (customer_id, owner_rep_id, resolved_at);
