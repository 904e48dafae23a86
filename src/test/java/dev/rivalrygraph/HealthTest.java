package dev.rivalrygraph;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The probes Kubernetes calls: live while the process answers, ready while the database answers too. */
@QuarkusTest
class HealthTest {

    static final String DATABASE_CHECK = "checks.find { it.name == 'Database connections health check' }.status";

    @Test
    void liveWithoutAskingTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readyWhenTheDatabaseAnswers() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(DATABASE_CHECK, equalTo("UP"));
    }
}
