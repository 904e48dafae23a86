-- Ranks, versions and statements: what lets the graph say which value is best, notice where sources disagree, and
-- refuse a stale update.

-- Every fact record has a rank, as in Wikidata: PREFERRED (the best value of its statement), NORMAL, or DEPRECATED
-- (kept, with the reason, but hidden by default). SUPERSEDED caches "NORMAL while a PREFERRED record makes the same
-- statement", so that hiding it costs reads nothing; dev.rivalrygraph.fact.Ranks keeps it right on every write.
-- VERSION is the optimistic lock: an update naming an older version is refused.
ALTER TABLE fact ADD COLUMN fact_rank VARCHAR(12) DEFAULT 'NORMAL' NOT NULL;
ALTER TABLE fact ADD COLUMN rank_reason VARCHAR(1000);
ALTER TABLE fact ADD COLUMN superseded BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE fact ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE fact ADD CONSTRAINT fact_rank_ck CHECK (fact_rank IN ('PREFERRED', 'NORMAL', 'DEPRECATED'));
ALTER TABLE fact ADD CONSTRAINT fact_deprecated_reason_ck CHECK (fact_rank <> 'DEPRECATED' OR rank_reason IS NOT NULL);

-- What a claim asserts, read as a statement about its subjects: a property ("kind", "amount", "trains on user
-- data"...) and the value it gives. Claims without one are not compared.
ALTER TABLE claim ADD COLUMN property VARCHAR(100);
ALTER TABLE claim ADD COLUMN asserted_value VARCHAR(300);
ALTER TABLE claim ADD CONSTRAINT claim_statement_ck CHECK ((property IS NULL) = (asserted_value IS NULL));

-- Every record read as statements (subject, property, qualifier) = value. Records making the same statement with
-- different values disagree: that is what Query.conflicts reports, computed from the data, so new records that
-- disagree show up with no code change. Typed records and claims meet here: a claim whose property is "kind" about
-- a product disagrees with the product's own kind.
CREATE VIEW statement AS
          SELECT a.id AS fact_id, a.id AS subject_id, 'name' AS property, '' AS qualifier, a.name AS val
            FROM actor a
UNION ALL SELECT p.id, p.id, 'name', '', p.name FROM product p
-- A spelling found in a source is another value of the name (Shazeer / Sherzier); former names, short forms and
-- transliterations are other names, not disagreements.
UNION ALL SELECT al.id, al.subject_id, 'name', '', al.name FROM alias al WHERE al.alias_kind = 'SPELLING'
UNION ALL SELECT p.id, p.id, 'kind', '', p.product_kind FROM product p
-- One owner-or-shareholder, one founder-or-co-founder and one position per person and organization: a person with
-- two ranks in the same organization at once is a disagreement (owner / "holds shares").
UNION ALL SELECT r.id, r.person_id,
                 CASE WHEN r.role_kind IN ('OWNER', 'SHAREHOLDER') THEN 'stake'
                      WHEN r.role_kind IN ('FOUNDER', 'CO_FOUNDER') THEN 'founding role'
                      ELSE 'position' END,
                 CAST(r.organization_id AS VARCHAR(20)), r.role_kind
            FROM role r WHERE r.former = FALSE
UNION ALL SELECT m.id, m.product_id, 'users ' || m.metric_kind,
                 COALESCE(m.region, '') || ' ' || COALESCE(CAST(m.period_start AS VARCHAR(10)), '') || '..'
                     || COALESCE(CAST(m.period_end AS VARCHAR(10)), ''),
                 m.qualifier || ' ' || CAST(m.amount AS VARCHAR(30))
            FROM user_metric m
UNION ALL SELECT i.id, i.id, 'amount', '', i.currency || ' ' || CAST(i.amount AS VARCHAR(30))
            FROM investment i WHERE i.amount IS NOT NULL
UNION ALL SELECT e.id, e.product_id, 'launch date', '', CAST(e.occurred_on AS VARCHAR(10))
            FROM event e WHERE e.event_kind IN ('LAUNCH', 'RELEASE') AND e.product_id IS NOT NULL AND e.occurred_on IS NOT NULL
UNION ALL SELECT c.id, cs.subject_id, c.property, '', c.asserted_value
            FROM claim c JOIN claim_subject cs ON cs.claim_id = c.id WHERE c.property IS NOT NULL;
