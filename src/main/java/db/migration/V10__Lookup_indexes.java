package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Indexes for what stayed a full scan at 1000x the seeds (bench/run.sh): the default order of {@code claims}, and
 * the lookups by name or title, which ignore case. H2 has no index on an expression, so the lookups' indexes are
 * PostgreSQL's only; the embedded H2 database is for data of the seeds' size.
 */
public class V10__Lookup_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE INDEX claim_stated_on_ix ON claim (stated_on, id)");
            if (context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                for (String table : new String[] { "actor", "product", "alias" }) {
                    statement.execute("CREATE INDEX " + table + "_lower_name_ix ON " + table + " (lower(name))");
                }
                for (String table : new String[] { "rivalry", "source" }) {
                    statement.execute("CREATE INDEX " + table + "_lower_title_ix ON " + table + " (lower(title))");
                }
            }
        }
    }
}
