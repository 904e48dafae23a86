-- Statements, second cut: a claim names the record its property belongs to, every statement says which actors and
-- products it concerns (so the conflicts of X include the owner-or-shareholder dispute about Musk's stake in X),
-- statements are stored and indexed, and the seed claims that contradict a record or each other are read as
-- statements.

-- The record a claim's property is about: "LLaMA is a chatbot" gives LLaMA's kind, "Microsoft invested hundreds of
-- trillions of won" the amount of Microsoft's investment in OpenAI. Claims about several subjects say which one.
ALTER TABLE claim ADD COLUMN property_of_id BIGINT REFERENCES fact (id);
ALTER TABLE claim ADD CONSTRAINT claim_property_of_ck CHECK ((property IS NULL) = (property_of_id IS NULL));
CREATE INDEX claim_property_of_ix ON claim (property_of_id);

-- The statements are stored, not computed on every read: finding every conflict groups them all, and a view over
-- nine tables is too slow for that at a thousand times the seeds. STATEMENT_SOURCE defines them; the STATEMENT
-- table holds its rows, indexed, and dev.rivalrygraph.fact.Statements rewrites a record's rows whenever Hibernate
-- writes the record (and the generator after it copies).
DROP VIEW statement;
-- ABOUT1/ABOUT2: the actors or products a statement concerns besides its subject (a role's person and organization,
-- an investment's investor and investee); a conflict is about X when any of its statements is.
CREATE VIEW statement_source (fact_id, subject_id, property, qualifier, val, about1, about2) AS
          SELECT a.id, a.id, 'name', '', a.name, a.id, CAST(NULL AS BIGINT) FROM actor a
UNION ALL SELECT p.id, p.id, 'name', '', p.name, p.id, CAST(NULL AS BIGINT) FROM product p
-- A spelling found in a source is another value of the name (Shazeer / Sherzier); former names, short forms and
-- transliterations are other names, not disagreements.
UNION ALL SELECT al.id, al.subject_id, 'name', '', al.name, al.subject_id, CAST(NULL AS BIGINT)
            FROM alias al WHERE al.alias_kind = 'SPELLING'
UNION ALL SELECT p.id, p.id, 'kind', '', p.product_kind, p.id, CAST(NULL AS BIGINT) FROM product p
-- One stake (owner or shareholder), one founding role and one position per person and organization: two current
-- ones in the same organization disagree (Musk "owner" of X / "holds shares" in X).
UNION ALL SELECT r.id, r.person_id,
                 CASE WHEN r.role_kind IN ('OWNER', 'SHAREHOLDER') THEN 'stake'
                      WHEN r.role_kind IN ('FOUNDER', 'CO_FOUNDER') THEN 'founding role'
                      ELSE 'position' END,
                 'at ' || o.name, r.role_kind, r.person_id, r.organization_id
            FROM role r JOIN actor o ON o.id = r.organization_id WHERE r.former = FALSE
UNION ALL SELECT m.id, m.product_id, 'users ' || m.metric_kind,
                 COALESCE(m.region, 'anywhere') || ', ' || COALESCE(CAST(m.period_start AS VARCHAR(10)), '?') || ' to '
                     || COALESCE(CAST(m.period_end AS VARCHAR(10)), '?'),
                 m.qualifier || ' ' || CAST(m.amount AS VARCHAR(30)), m.product_id, CAST(NULL AS BIGINT)
            FROM user_metric m
UNION ALL SELECT i.id, i.id, 'amount', '', i.currency || ' ' || CAST(i.amount AS VARCHAR(30)), i.investor_id,
                 i.investee_id
            FROM investment i WHERE i.amount IS NOT NULL
UNION ALL SELECT e.id, e.product_id, 'launch date', '', CAST(e.occurred_on AS VARCHAR(10)), e.product_id,
                 CAST(NULL AS BIGINT)
            FROM event e WHERE e.event_kind = 'LAUNCH' AND e.product_id IS NOT NULL AND e.occurred_on IS NOT NULL
UNION ALL SELECT c.id, c.property_of_id, c.property, '', c.asserted_value, c.property_of_id, CAST(NULL AS BIGINT)
            FROM claim c WHERE c.property IS NOT NULL;

CREATE TABLE statement (
    fact_id    BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    property   VARCHAR(100) NOT NULL,
    qualifier  VARCHAR(400) NOT NULL,
    val        VARCHAR(400) NOT NULL,
    about1     BIGINT,
    about2     BIGINT
);
CREATE INDEX statement_key_ix ON statement (subject_id, property, qualifier);
CREATE INDEX statement_fact_ix ON statement (fact_id);
CREATE INDEX statement_about1_ix ON statement (about1);
CREATE INDEX statement_about2_ix ON statement (about2);

-- The seed claims that give a property a value (src N = SOURCE id N, as in V4).
-- LLaMA's training data: src 4 "does not use the data it collects" vs src 2 "training the LLaMA model using user data".
UPDATE claim SET property = 'trained on user data', asserted_value = 'no', property_of_id = 2006 WHERE id = 8030;
UPDATE claim SET property = 'trained on user data', asserted_value = 'yes', property_of_id = 2006 WHERE id = 8032;
-- What LLaMA, MetaAI and Persona are, against the product records' kinds.
UPDATE claim SET property = 'kind', asserted_value = 'CHATBOT', property_of_id = 2006 WHERE id = 8034;
UPDATE claim SET property = 'kind', asserted_value = 'ASSISTANT', property_of_id = 2008 WHERE id = 8011;
UPDATE claim SET property = 'kind', asserted_value = 'FEATURE', property_of_id = 2009 WHERE id = 8014;
-- Microsoft's money in OpenAI: "hundreds of trillions of won" against investment 5001's $13 billion.
UPDATE claim SET property = 'amount', asserted_value = 'hundreds of trillions of won', property_of_id = 5001
    WHERE id = 8020;

-- Whom Character.ai's users talk to: src 1 "various virtual characters", src 3 "various people". Both were cited on
-- the product (citations 88, 89); as claims they can disagree.
INSERT INTO fact (id, fact_type) VALUES
    (8100, 'CLAIM'),
    (8101, 'CLAIM');
INSERT INTO claim (id, claim_kind, content, speaker_id, stated_on, stated_precision, context, round_id, property,
                   asserted_value, property_of_id) VALUES
    (8100, 'ASSERTION', 'Character.ai enables conversations with various virtual characters.', NULL, NULL, NULL, NULL,
     NULL, 'conversation partners', 'virtual characters', 2022),
    (8101, 'ASSERTION', 'Character.AI provides conversations with various people.', NULL, NULL, NULL, NULL, NULL,
     'conversation partners', 'people', 2022);
INSERT INTO claim_subject (claim_id, subject_id) VALUES
    (8100, 2022),
    (8101, 2022);
INSERT INTO citation (id, fact_id, source_id, excerpt, credited, credited_org_id) VALUES
    (900, 8100, 1, 'Character.ai is a chatbot service provider that enables conversations with various virtual characters', NULL, NULL),
    (901, 8101, 3, 'It is an AI chatbot service that uses large language models (LLM) to provide conversations with various people', NULL, NULL);

INSERT INTO statement SELECT * FROM statement_source;
