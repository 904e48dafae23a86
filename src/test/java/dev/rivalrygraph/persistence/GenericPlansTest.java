package dev.rivalrygraph.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every PostgreSQL connection of the pool plans a prepared statement once, without parallel workers (see
 * GenericPlans), and the planner knows that a rank takes three values (V14__Rank_statistics).
 */
@QuarkusTest
class GenericPlansTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void postgresqlConnectionsUseGenericPlans() throws SQLException {
        assumeTrue("postgresql".equals(dbKind), "a PostgreSQL setting; H2 caches its plans by itself");
        // Two at once: the second is not the first one handed back.
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            for (Connection connection : new Connection[] { first, second }) {
                assertEquals("force_generic_plan", value(connection, "SHOW plan_cache_mode"));
                assertEquals("0", value(connection, "SHOW max_parallel_workers_per_gather"));
            }
        }
    }

    @Test
    void thePlannerKnowsThatARankTakesThreeValues() throws SQLException {
        assumeTrue("postgresql".equals(dbKind), "a PostgreSQL statistic");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("{n_distinct=3}", value(connection,
                    "SELECT attoptions::text FROM pg_attribute WHERE attrelid = 'fact'::regclass AND attname = 'fact_rank'"));
            // How many facts the generic plan of the rank rule expects to keep: one, when the statistics said that
            // every fact has the same rank.
            String plan;
            try (Statement sql = connection.createStatement()) {
                sql.execute("PREPARE rank_rule(text) AS SELECT id FROM fact WHERE fact_rank <> $1");
                try {
                    plan = value(connection, "EXPLAIN EXECUTE rank_rule('DEPRECATED')");
                } finally {
                    sql.execute("DEALLOCATE rank_rule");
                }
            }
            long rows = Long.parseLong(plan.replaceAll(".* rows=(\\d+) .*", "$1"));
            long facts = Long.parseLong(value(connection, "SELECT count(*) FROM fact"));
            assertTrue(rows > facts / 2, () -> "the planner expects " + rows + " of " + facts + " facts: " + plan);
        }
    }

    private static String value(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
