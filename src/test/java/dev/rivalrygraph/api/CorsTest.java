package dev.rivalrygraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * CORS without RIVALRY_CORS_ORIGINS: same origin only. A page on the API's own origin is answered; a page elsewhere
 * gets no preflight approval and its requests are refused. CorsInChromiumIT checks allowed origins in a browser.
 */
@QuarkusTest
class CorsTest {

    private static final String QUERY = "{\"query\":\"{ person(name: \\\"Sam Altman\\\") { name } }\"}";

    @Test
    void anotherOriginIsRefused() {
        given().header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://elsewhere.example").contentType("application/json").body(QUERY)
                .when().post("/graphql").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theSameOriginIsAnswered() {
        String self = "http://localhost:" + RestAssured.port;
        given().header("Origin", self).contentType("application/json").body(QUERY)
                .when().post("/graphql").then().statusCode(200)
                .body("data.person.name", equalTo("Sam Altman"));
    }
}
