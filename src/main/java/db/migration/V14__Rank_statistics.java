package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells PostgreSQL's planner that a fact's rank takes three values, whatever the sample says. Where every record is
 * NORMAL (as in generated data), ANALYZE finds one distinct value, and a generic plan (persistence.GenericPlans)
 * then estimates the rank rule {@code fact_rank <> ?} to keep no row at all: the first page of {@code claims} was
 * planned as a scan of every fact, 118 ms per page at 1000x the seeds instead of 0.6 ms along the
 * {@code (stated_on, id)} index (bench/analysis.md). The check constraint {@code fact_rank_ck} allows three values.
 * H2 plans with the values and is left alone.
 */
public class V14__Rank_statistics extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("ALTER TABLE fact ALTER COLUMN fact_rank SET (n_distinct = 3)");
                statement.execute("ANALYZE fact");
            }
        }
    }
}
