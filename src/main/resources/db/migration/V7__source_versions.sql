-- Curation (issue 5): sources are edited too, so they get the optimistic lock facts got in V6. An update naming an
-- older version is refused.
ALTER TABLE source ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
