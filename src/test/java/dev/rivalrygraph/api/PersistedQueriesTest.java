package dev.rivalrygraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Automatic persisted queries over HTTP, as Apollo Client and urql use them. Each test hashes its own document. */
@QuarkusTest
class PersistedQueriesTest {

    private static JsonObject extension(String hash) {
        return Json.createObjectBuilder().add("persistedQuery",
                Json.createObjectBuilder().add("version", 1).add("sha256Hash", hash)).build();
    }

    private static Response post(String query, JsonObject extensions, String accept) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("extensions", extensions);
        if (query != null) {
            body.add("query", query);
        }
        return given().contentType("application/json").accept(accept).body(body.build().toString())
                .when().post("/graphql");
    }

    private static Response get(JsonObject extensions) {
        return given().urlEncodingEnabled(false).accept("application/graphql-response+json").when()
                .get("/graphql?extensions=" + URLEncoder.encode(extensions.toString(), StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownHashIsAMissTheClientRecoversFrom() {
        String query = "query Miss { person(name: \"Sam Altman\") { name } }";
        JsonObject extensions = extension(PersistedQueries.sha256(query));
        // 200 under both media types: Apollo Client and urql read the miss from the body and send the document.
        for (String accept : new String[] {"application/json", "application/graphql-response+json"}) {
            post(null, extensions, accept).then().statusCode(200).contentType(startsWith(accept))
                    .body("data", nullValue())
                    .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                    .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        }
        get(extensions).then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        post(query, extensions, "application/json").then().statusCode(200)
                .body("data.person.name", equalTo("Sam Altman"));
        get(extensions).then().statusCode(200).contentType(startsWith("application/graphql-response+json"))
                .body("data.person.name", equalTo("Sam Altman"));
        post(null, extensions, "application/json").then().statusCode(200)
                .body("data.person.name", equalTo("Sam Altman"));
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefusedAndNothingIsStored() {
        String query = "query Mismatch { person(name: \"Elon Musk\") { name } }";
        JsonObject claimed = extension(PersistedQueries.sha256("query Other { __typename }"));
        post(query, claimed, "application/json").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
        post(null, claimed, "application/json").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void anInvalidDocumentIsNotStored() {
        String query = "query Invalid { nobody { name } }";
        JsonObject extensions = extension(PersistedQueries.sha256(query));
        post(query, extensions, "application/json").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        post(null, extensions, "application/json").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aPersistedMutationStillNeedsPost() {
        String mutation = "mutation Persisted { deprecate(id: \"UGVyc29uOjEwMDA\", reason: \"test\") { id } }";
        JsonObject extensions = extension(PersistedQueries.sha256(mutation));
        // Without credentials: refused as a write, but a valid document, so the hash now names it.
        post(mutation, extensions, "application/json").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        get(extensions).then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void onlyVersionOneWithAHashIsUnderstood() {
        JsonObject version2 = Json.createObjectBuilder().add("persistedQuery", Json.createObjectBuilder()
                .add("version", 2).add("sha256Hash", PersistedQueries.sha256("{ __typename }"))).build();
        post("{ __typename }", version2, "application/json").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        JsonObject noHash = Json.createObjectBuilder().add("persistedQuery",
                Json.createObjectBuilder().add("version", 1)).build();
        post(null, noHash, "application/json").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }
}
