package dev.rivalrygraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GET runs on the same path as POST: its parameters are decoded once, exactly as a browser or client encoded them,
 * and the answer is the one the same request gets by POST.
 */
@QuarkusTest
class GetRequestTest {

    /** Encodes each parameter once, as URLSearchParams and every HTTP client do, and sends it as it is. */
    private static Response get(Map<String, String> parameters, String accept) {
        String query = parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return given().urlEncodingEnabled(false).accept(accept).when().get("/graphql?" + query);
    }

    private static Response post(Map<String, String> parameters, String accept) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        parameters.forEach((name, value) -> {
            if (name.equals("variables") || name.equals("extensions")) {
                body.add(name, Json.createReader(new java.io.StringReader(value)).readObject());
            } else {
                body.add(name, value);
            }
        });
        return given().contentType("application/json").accept(accept).body(body.build().toString())
                .when().post("/graphql");
    }

    /** The same request by GET and by POST: the same status, media type and body. */
    private static Response sameAsPost(Map<String, String> parameters) {
        Response byGet = get(parameters, "application/json");
        Response byPost = post(parameters, "application/json");
        assertEquals(byPost.statusCode(), byGet.statusCode(), byGet.asString());
        assertEquals(byPost.contentType(), byGet.contentType());
        assertEquals(byPost.asString(), byGet.asString());
        return byGet;
    }

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void operationNamePicksTheOperation() {
        sameAsPost(params("query", "query Q { person(name: \"Sam Altman\") { name } } query R { __typename }",
                "operationName", "Q"))
                .then().statusCode(200).body("data.person.name", equalTo("Sam Altman"));
    }

    @Test
    void aPlusInTheDocumentStaysAPlus() {
        // "C++" decoded twice became "C  ", which search refuses as too short.
        sameAsPost(params("query", "{ search(text: \"C++\") { matched } }"))
                .then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void aPercentSignInTheDocumentIsText() {
        // "100%" decoded twice was a malformed escape and a plain-text server error.
        sameAsPost(params("query", "{ search(text: \"100%\") { matched } }"))
                .then().statusCode(200).contentType(startsWith("application/json")).body("errors", nullValue());
    }

    @Test
    void aPlusInAVariableStaysAPlus() {
        // "Elon+Musk" decoded twice became "Elon Musk", and found him.
        sameAsPost(params("query", "query($n: String) { person(name: $n) { name } }",
                "variables", "{\"n\":\"Elon+Musk\"}"))
                .then().statusCode(200)
                .body("data.person", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void variablesAndExtensionsAreJson() {
        sameAsPost(params("query", "query($n: String) { person(name: $n) { name } }",
                "variables", "{\"n\":\"Elon Musk\"}", "extensions", "{\"tracing\":false}"))
                .then().statusCode(200).body("data.person.name", equalTo("Elon Musk"));
        get(params("query", "{ __typename }", "variables", "[1]"), "application/json").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        get(params("query", "{ __typename }", "extensions", "nope"), "application/json").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aMutationByGetIs405WithATypedError() {
        for (String accept : new String[] {"application/json", "application/graphql-response+json"}) {
            get(params("query", "mutation M { __typename }"), accept).then().statusCode(405)
                    .header("Allow", "POST")
                    .contentType(startsWith(accept))
                    .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        }
    }

    @Test
    void requestErrorsByGetFollowTheMediaType() {
        get(params("query", "{ nope }"), "application/graphql-response+json").then().statusCode(400)
                .contentType(startsWith("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        sameAsPost(params("query", "{ nope }")).then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void limitsApplyToGetAsToPost() {
        StringBuilder aliases = new StringBuilder("{ ");
        for (int i = 0; i < 40; i++) {
            aliases.append("a").append(i).append(": __typename ");
        }
        sameAsPost(params("query", aliases.append("}").toString())).then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void nonAsciiTextArrivesIntact() {
        sameAsPost(params("query", "query($n: String) { person(name: $n) { name } }",
                "variables", "{\"n\":\"Ëlon & Musk #1\"}"))
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
