-- Indexes on the sort keys of the root lists, each with the id that breaks ties, in the order the lists read them:
-- a page starts at its cursor's key (keyset pagination) and reads the next rows in index order instead of sorting
-- the whole list. Nullable dates sort last, which is PostgreSQL's default for an ascending index; H2 ignores that
-- for the index and still uses it for the range. People and organizations sort by actor (name, id); claims
-- have theirs from V10.
CREATE INDEX event_occurred_on_ix ON event (occurred_on, id);
CREATE INDEX event_title_ix ON event (title, id);
CREATE INDEX investment_occurred_on_ix ON investment (occurred_on, id);
CREATE INDEX investment_amount_ix ON investment (amount, id);
CREATE INDEX partnership_occurred_on_ix ON partnership (occurred_on, id);
CREATE INDEX source_published_on_ix ON source (published_on, id);
CREATE INDEX source_title_ix ON source (title, id);
CREATE INDEX rivalry_title_ix ON rivalry (title, id);
CREATE INDEX actor_name_id_ix ON actor (name, id);
CREATE INDEX product_name_id_ix ON product (name, id);
