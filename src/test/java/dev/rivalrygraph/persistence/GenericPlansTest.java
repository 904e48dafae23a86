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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every PostgreSQL connection of the pool plans a prepared statement once (see GenericPlans). */
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
            assertEquals("force_generic_plan", planCacheMode(first));
            assertEquals("force_generic_plan", planCacheMode(second));
        }
    }

    private static String planCacheMode(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet mode = sql.executeQuery("SHOW plan_cache_mode")) {
            mode.next();
            return mode.getString(1);
        }
    }
}
