package dev.rivalrygraph.graphiql;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GraphiQL is served, and opens on the canonical question. */
@QuarkusTest
class GraphiQLTest {

    @Test
    void graphiqlOpensOnTheCanonicalQuestion() {
        String location = given().redirects().follow(false)
                .when().get("/q/graphql-ui/")
                .then().statusCode(302)
                .extract().header("Location");
        String query = URI.create(location).getRawQuery().substring("query=".length());
        assertEquals(CanonicalQuery.QUERY, URLDecoder.decode(query, StandardCharsets.UTF_8));

        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("graphiql"));
        given().when().get("/q/graphql-ui/render.js")
                .then().statusCode(200)
                .body(containsString("/graphql"));
    }

    @Test
    void theSchemaIsDownloadableWithItsDocumentation() {
        given().when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .body(containsString("type UserMetric implements Cited"))
                .body(containsString("\"Where a fact comes from: an excerpt copied verbatim from a source"));
    }
}
