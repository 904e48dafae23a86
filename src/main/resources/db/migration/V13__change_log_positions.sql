-- The change log as the outbox of committed changes. Every committed transaction that writes the log takes a range
-- of positions at commit (history.ChangeLog): one per fact it changed and one per source, in the order it changed
-- them; its rows carry the position of their fact or source. The positions come from the single row of
-- CHANGE_LOG_HEAD, which the transaction updates just before it commits and whose row lock it holds until then, so
-- positions are contiguous and in commit order: whoever sees position N committed sees every position below N too.
-- (Row ids come from a sequence before commit, so a reader may see id 11 committed before id 10: ids cannot serve.)
-- MENTIONS lists the records a fact's change is about, {"facts": [...], "sources": [...]}, for factChanged's filter.
ALTER TABLE change_log ADD COLUMN log_position BIGINT;
ALTER TABLE change_log ADD COLUMN mentions TEXT;
-- History written before positions existed: one position per row, in id order.
UPDATE change_log SET log_position = id;
CREATE INDEX change_log_position_ix ON change_log (log_position);

CREATE TABLE change_log_head (
    id           INT    NOT NULL PRIMARY KEY,
    log_position BIGINT NOT NULL,
    CONSTRAINT change_log_head_one_row_ck CHECK (id = 1)
);
INSERT INTO change_log_head (id, log_position) SELECT 1, COALESCE(MAX(log_position), 0) FROM change_log;
