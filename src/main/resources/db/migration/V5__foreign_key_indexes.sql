-- Indexes on the foreign keys V1 left without one. Deleting a referenced row makes the database look for rows that
-- still point at it; without an index that is a full scan per deleted row, which made taking a 1000x synthetic
-- dataset (SyntheticData) back to the seeds take minutes instead of seconds on PostgreSQL.
CREATE INDEX organization_parent_ix ON organization (parent_id);
CREATE INDEX product_based_on_ix ON product (based_on_id);
CREATE INDEX product_version_of_ix ON product (version_of_id);
CREATE INDEX user_metric_measured_by_ix ON user_metric (measured_by_id);
CREATE INDEX citation_credited_org_ix ON citation (credited_org_id);
