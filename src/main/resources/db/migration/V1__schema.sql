-- Rivalry Graph schema. Portable between H2 2.x and PostgreSQL 15+: no vendor types, and no column is named after
-- a reserved word (VALUE, KEY, ORDER, END, YEAR, MONTH, DAY...).
--
-- Every fact-bearing record is a row of FACT plus a row of its own table, sharing the id (JPA JOINED inheritance),
-- so citations, and later ranks, versions and history, attach to any fact the same way.
-- Seed rows use ids below 100000; the sequences start above them.

CREATE SEQUENCE fact_seq START WITH 100000 INCREMENT BY 50;
CREATE SEQUENCE source_seq START WITH 100000 INCREMENT BY 50;
CREATE SEQUENCE citation_seq START WITH 100000 INCREMENT BY 50;

-- A published article. BODY holds its full text; seed bodies are loaded from the classpath file SEED_FILE.
CREATE TABLE source (
    id                  BIGINT PRIMARY KEY,
    seed_file           VARCHAR(200) UNIQUE,
    title               VARCHAR(500) NOT NULL,
    publisher           VARCHAR(200),
    author              VARCHAR(200),
    published_on        DATE,
    published_precision VARCHAR(10),
    published_note      VARCHAR(2000),
    language_note       VARCHAR(2000),
    url                 VARCHAR(2000),
    body                TEXT,
    CONSTRAINT source_precision_ck CHECK (published_precision IN ('DAY', 'MONTH', 'QUARTER', 'YEAR'))
);

CREATE TABLE fact (
    id        BIGINT PRIMARY KEY,
    fact_type VARCHAR(30) NOT NULL
);

-- Actors: people and organizations.
CREATE TABLE actor (
    id          BIGINT PRIMARY KEY REFERENCES fact (id),
    name        VARCHAR(300) NOT NULL,
    description VARCHAR(2000)
);
CREATE INDEX actor_name_ix ON actor (name);

CREATE TABLE person (
    id BIGINT PRIMARY KEY REFERENCES actor (id)
);

CREATE TABLE organization (
    id        BIGINT PRIMARY KEY REFERENCES actor (id),
    org_kind  VARCHAR(30) NOT NULL,
    country   VARCHAR(100),
    parent_id BIGINT REFERENCES organization (id)
);

CREATE TABLE product (
    id            BIGINT PRIMARY KEY REFERENCES fact (id),
    name          VARCHAR(300) NOT NULL,
    product_kind  VARCHAR(30) NOT NULL,
    owner_id      BIGINT REFERENCES organization (id),
    based_on_id   BIGINT REFERENCES product (id),
    version_of_id BIGINT REFERENCES product (id),
    status        VARCHAR(300),
    description   VARCHAR(2000)
);
CREATE INDEX product_owner_ix ON product (owner_id);
CREATE INDEX product_name_ix ON product (name);

-- Another name of an actor or product: a former name (Twitter for X), a spelling, a transliteration, a short form.
CREATE TABLE alias (
    id         BIGINT PRIMARY KEY REFERENCES fact (id),
    subject_id BIGINT NOT NULL REFERENCES fact (id),
    name       VARCHAR(300) NOT NULL,
    alias_kind VARCHAR(30) NOT NULL
);
CREATE INDEX alias_subject_ix ON alias (subject_id);

CREATE TABLE role (
    id              BIGINT PRIMARY KEY REFERENCES fact (id),
    person_id       BIGINT NOT NULL REFERENCES person (id),
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    role_kind       VARCHAR(30) NOT NULL,
    title           VARCHAR(300) NOT NULL,
    start_on        DATE,
    start_precision VARCHAR(10),
    end_on          DATE,
    end_precision   VARCHAR(10),
    former          BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX role_person_ix ON role (person_id);
CREATE INDEX role_org_ix ON role (organization_id);

CREATE TABLE user_metric (
    id               BIGINT PRIMARY KEY REFERENCES fact (id),
    product_id       BIGINT NOT NULL REFERENCES product (id),
    metric_kind      VARCHAR(30) NOT NULL,
    amount           BIGINT NOT NULL,
    qualifier        VARCHAR(20) DEFAULT 'EXACT' NOT NULL,
    region           VARCHAR(100),
    period_start     DATE,
    period_end       DATE,
    period_precision VARCHAR(10),
    measured_by_id   BIGINT REFERENCES organization (id),
    note             VARCHAR(1000)
);
CREATE INDEX user_metric_product_ix ON user_metric (product_id);

-- Money columns hold the amount in CURRENCY; *_local the equivalent the article printed in LOCAL_CURRENCY (KRW).
CREATE TABLE investment (
    id                     BIGINT PRIMARY KEY REFERENCES fact (id),
    investor_id            BIGINT REFERENCES actor (id),
    investee_id            BIGINT REFERENCES actor (id),
    target                 VARCHAR(300),
    investment_kind        VARCHAR(30) NOT NULL,
    status                 VARCHAR(20) NOT NULL,
    currency               VARCHAR(3),
    local_currency         VARCHAR(3),
    amount                 NUMERIC(20, 2),
    amount_local           NUMERIC(24, 2),
    qualifier              VARCHAR(20) DEFAULT 'EXACT' NOT NULL,
    valuation_before       NUMERIC(20, 2),
    valuation_before_local NUMERIC(24, 2),
    valuation_after        NUMERIC(20, 2),
    valuation_after_local  NUMERIC(24, 2),
    occurred_on            DATE,
    occurred_precision     VARCHAR(10),
    period_end             DATE,
    description            VARCHAR(2000)
);
CREATE INDEX investment_investor_ix ON investment (investor_id);
CREATE INDEX investment_investee_ix ON investment (investee_id);

CREATE TABLE partnership (
    id                 BIGINT PRIMARY KEY REFERENCES fact (id),
    status             VARCHAR(20) NOT NULL,
    focus              VARCHAR(1000),
    occurred_on        DATE,
    occurred_precision VARCHAR(10)
);

CREATE TABLE partnership_party (
    partnership_id BIGINT NOT NULL REFERENCES partnership (id),
    actor_id       BIGINT NOT NULL REFERENCES actor (id),
    PRIMARY KEY (partnership_id, actor_id)
);
CREATE INDEX partnership_party_actor_ix ON partnership_party (actor_id);

CREATE TABLE rivalry (
    id          BIGINT PRIMARY KEY REFERENCES fact (id),
    title       VARCHAR(500) NOT NULL,
    description VARCHAR(2000)
);

-- SIDE groups parties that stand together (Meta and Musk against OpenAI).
CREATE TABLE rivalry_party (
    rivalry_id BIGINT NOT NULL REFERENCES rivalry (id),
    actor_id   BIGINT NOT NULL REFERENCES actor (id),
    side       INT NOT NULL,
    PRIMARY KEY (rivalry_id, actor_id)
);
CREATE INDEX rivalry_party_actor_ix ON rivalry_party (actor_id);

CREATE TABLE rivalry_round (
    id               BIGINT PRIMARY KEY REFERENCES fact (id),
    rivalry_id       BIGINT NOT NULL REFERENCES rivalry (id),
    round_no         INT NOT NULL,
    title            VARCHAR(500) NOT NULL,
    period_start     DATE,
    period_end       DATE,
    period_precision VARCHAR(10),
    description      VARCHAR(2000),
    CONSTRAINT rivalry_round_no_uk UNIQUE (rivalry_id, round_no)
);

CREATE TABLE event (
    id                 BIGINT PRIMARY KEY REFERENCES fact (id),
    event_kind         VARCHAR(30) NOT NULL,
    title              VARCHAR(500) NOT NULL,
    description        VARCHAR(2000),
    occurred_on        DATE,
    occurred_precision VARCHAR(10),
    product_id         BIGINT REFERENCES product (id),
    round_id           BIGINT REFERENCES rivalry_round (id)
);
CREATE INDEX event_product_ix ON event (product_id);
CREATE INDEX event_round_ix ON event (round_id);

CREATE TABLE event_participant (
    event_id BIGINT NOT NULL REFERENCES event (id),
    actor_id BIGINT NOT NULL REFERENCES actor (id),
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_participant_actor_ix ON event_participant (actor_id);

CREATE TABLE claim (
    id               BIGINT PRIMARY KEY REFERENCES fact (id),
    claim_kind       VARCHAR(30) NOT NULL,
    content          VARCHAR(4000) NOT NULL,
    speaker_id       BIGINT REFERENCES actor (id),
    stated_on        DATE,
    stated_precision VARCHAR(10),
    context          VARCHAR(1000),
    round_id         BIGINT REFERENCES rivalry_round (id)
);
CREATE INDEX claim_speaker_ix ON claim (speaker_id);
CREATE INDEX claim_round_ix ON claim (round_id);

-- What a claim is about: actors and products.
CREATE TABLE claim_subject (
    claim_id   BIGINT NOT NULL REFERENCES claim (id),
    subject_id BIGINT NOT NULL REFERENCES fact (id),
    PRIMARY KEY (claim_id, subject_id)
);
CREATE INDEX claim_subject_subject_ix ON claim_subject (subject_id);

-- A verbatim excerpt of a source backing a fact, and the agency or outlet the article credits for it.
CREATE TABLE citation (
    id              BIGINT PRIMARY KEY,
    fact_id         BIGINT NOT NULL REFERENCES fact (id),
    source_id       BIGINT NOT NULL REFERENCES source (id),
    excerpt         VARCHAR(4000) NOT NULL,
    credited        VARCHAR(300),
    credited_org_id BIGINT REFERENCES organization (id)
);
CREATE INDEX citation_fact_ix ON citation (fact_id);
CREATE INDEX citation_source_ix ON citation (source_id);
