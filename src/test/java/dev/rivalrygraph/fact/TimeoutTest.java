package dev.rivalrygraph.fact;

import dev.rivalrygraph.GraphQL;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.QueryTimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A slow query is cancelled by the statement timeout (2 s in tests) and frees its connection; the client gets a
 * TIMEOUT error it can act on, not a stack trace and not a request that hangs.
 */
@QuarkusTest
class TimeoutTest {

    private static final String THREADS_METRICS = "{ product(name: \"Threads\") { name userMetrics { value } } }";

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "rivalry.query-timeout-ms")
    long timeoutMillis;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void aSlowQueryIsCancelledAtTheTimeout() {
        String slow = postgres() ? "SELECT pg_sleep(60)"
                : "SELECT SUM(a.X * b.X) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b";
        long start = System.nanoTime();
        RuntimeException e = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery(slow).getSingleResult()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(causes(e, QueryTimeoutException.class), "cancelled by the timeout: " + e);
        assertTrue(took.toMillis() >= timeoutMillis - 100 && took.toMillis() < timeoutMillis + 5_000,
                "cancelled after " + took.toMillis() + " ms with a timeout of " + timeoutMillis + " ms");
    }

    @Test
    void aQueryThatWaitsTooLongEndsWithATimeoutError() throws Exception {
        // H2 cannot make a reader wait: its readers never block on a lock (MVCC), and the one thing that does
        // block them, its exclusive mode, ignores the query timeout. The test above shows the timeout on H2.
        assumeTrue(postgres(), "needs a database server whose readers can be blocked (PostgreSQL)");
        // Another session holds the table the query needs, the way a long migration or a stuck writer would.
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement sql = blocker.createStatement()) {
                sql.execute("LOCK TABLE user_metric IN ACCESS EXCLUSIVE MODE");
                GraphQL.post(THREADS_METRICS)
                        .body("errors[0].extensions.code", equalTo("TIMEOUT"))
                        .body("errors[0].message", containsString("did not answer within " + timeoutMillis + " ms"))
                        .body("data.product", nullValue());
            } finally {
                blocker.rollback();
            }
        }
        // The cancelled query gave its connection back: the same question now gets its answer.
        GraphQL.post(THREADS_METRICS).body("errors", nullValue()).body("data.product.name", equalTo("Threads"));
    }

    private boolean postgres() {
        return dbKind.startsWith("postgres");
    }

    private static boolean causes(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
