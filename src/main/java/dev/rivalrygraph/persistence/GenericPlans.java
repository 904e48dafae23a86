package dev.rivalrygraph.persistence;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes PostgreSQL plan each of our prepared statements once per connection, not on every execution.
 * <p>
 * Every query here is a prepared statement with bound parameters, and the driver prepares it on the server after a
 * few uses. PostgreSQL still re-plans a prepared statement for each execution's values while it judges those custom
 * plans cheaper than a generic one, which it did at 100x the seeds: planning the lookup of a person by name took
 * 0.56 ms against 0.09 ms to run it, and PostgreSQL spent 2.5 times the CPU per canonical question that it spends
 * with this setting (docs/performance.md). Our statements look rows up by key or by an indexed column, so a plan
 * that ignores the values is the plan the values would get, provided the statistics do not mislead it (see
 * V14__Rank_statistics).
 * <p>
 * No parallel workers either: a generic plan does not know a page's {@code fetch first ?} and plans for a tenth of
 * the rows, for which PostgreSQL starts workers; starting them took 50-60 ms at 1000x the seeds, for a page read in
 * 0.6 ms without them. Our reads are short and many run at once, so a request's share of the cores is one.
 * H2 caches its plans by itself and is left alone.
 */
@ApplicationScoped
public class GenericPlans implements AgroalPoolInterceptor {

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("SET plan_cache_mode = force_generic_plan");
                    sql.execute("SET max_parallel_workers_per_gather = 0");
                }
            }
        } catch (SQLException e) {
            // A connection that cannot take the setting cannot run queries either: refuse it to the pool.
            throw new IllegalStateException("could not set up a new database connection", e);
        }
    }
}
