package dev.rivalrygraph;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Readiness follows the database: the real server is stopped (readiness DOWN, so Kubernetes stops routing to the
 * replica, while liveness stays UP, so it is not restarted for nothing) and started again (readiness UP, and the
 * API answers again on the same connection pool). RIVALRY_TEST_DB_STOP and RIVALRY_TEST_DB_START are the shell
 * commands that stop and start the test database server; .ci/run sets them for its PostgreSQL.
 */
@QuarkusTest
class DatabaseLossTest {

    private static final String STOP = System.getenv("RIVALRY_TEST_DB_STOP");
    private static final String START = System.getenv("RIVALRY_TEST_DB_START");

    @Test
    void readinessGoesDownWithTheDatabaseAndUpWhenItIsBack() throws Exception {
        assumeTrue(STOP != null && START != null,
                "set RIVALRY_TEST_DB_STOP and RIVALRY_TEST_DB_START to commands that stop and start the database");
        awaitReadiness(200, "UP");
        try {
            shell(STOP);
            awaitReadiness(503, "DOWN");
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            shell(START);
        }
        awaitReadiness(200, "UP");
        GraphQL.post("{ person(name: \"Mark Zuckerberg\") { name } }")
                .body("errors", nullValue())
                .body("data.person.name", equalTo("Mark Zuckerberg"));
    }

    private static void awaitReadiness(int status, String state) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            var response = given().get("/q/health/ready");
            lastStatus = response.statusCode();
            if (lastStatus == status && state.equals(response.jsonPath().getString(HealthTest.DATABASE_CHECK))) {
                return;
            }
            Thread.sleep(250);
        }
        assertEquals(status, lastStatus, "readiness never became " + state);
    }

    private static void shell(String command) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, process.exitValue(), "failed: " + command);
    }
}
