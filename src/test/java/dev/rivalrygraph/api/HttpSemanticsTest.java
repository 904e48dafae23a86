package dev.rivalrygraph.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** GraphQL over HTTP: media types, status codes and methods as the specification gives them. */
@QuarkusTest
class HttpSemanticsTest {

    private static final String QUERY = "{\"query\":\"{ person(name: \\\"Sam Altman\\\") { name } }\"}";
    private static final String INVALID = "{\"query\":\"{ nope }\"}";

    @Test
    void theGraphQLResponseMediaTypeGivesRequestErrorsA4xx() {
        given().contentType("application/json").accept("application/graphql-response+json").body(QUERY)
                .post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/graphql-response+json"))
                .body("data.person.name", equalTo("Sam Altman"));
        given().contentType("application/json").accept("application/graphql-response+json").body(INVALID)
                .post("/graphql").then().statusCode(400)
                .contentType(startsWith("application/graphql-response+json"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void plainJsonAnswers200ToEveryWellFormedRequest() {
        given().contentType("application/json").accept("application/json").body(INVALID)
                .post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType("application/json").accept("application/json").body(QUERY)
                .post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("data.person.name", equalTo("Sam Altman"));
    }

    @Test
    void graphiqlsDoubledContentTypeIsJson() {
        given().header("Content-Type", "application/json, application/json")
                .body(QUERY.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/graphql").then().statusCode(200)
                .body("data.person.name", equalTo("Sam Altman"));
    }

    @Test
    void anUnacceptableMediaTypeIs406() {
        given().contentType("application/json").accept("text/html").body(QUERY)
                .post("/graphql").then().statusCode(406);
    }

    @Test
    void getRunsQueriesButNeverMutations() {
        given().queryParam("query", "{ person(name: \"Sam Altman\") { name } }")
                .get("/graphql").then().statusCode(200)
                .body("data.person.name", equalTo("Sam Altman"));
        given().queryParam("query", "query($n: String) { person(name: $n) { name } }")
                .queryParam("variables", "{\"n\":\"Elon Musk\"}")
                .get("/graphql").then().statusCode(200)
                .body("data.person.name", equalTo("Elon Musk"));
        given().queryParam("query", "mutation { anything }")
                .get("/graphql").then().statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        given().contentType("application/json").body(QUERY)
                .put("/graphql").then().statusCode(405);
    }

    @Test
    void theSchemaIsDownloadable() {
        given().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("interface Node"));
    }
}
