package dev.rivalrygraph.api;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed and hostile requests: each is refused quickly with a 4xx or a typed error, none leaks internals,
 * and the server answers normally afterwards.
 */
@QuarkusTest
class HostileRequestTest {

    /** Stack frames, Java class names, SQL and file paths: none may reach a client. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [a-z]+\\.[\\w.$]+\\(|\\b(?:java|jakarta|org|io|com|dev)\\.[a-z]+\\.[\\w.]*[A-Z]\\w+|Exception\\b"
                    + "|\\bselect\\b.+\\bfrom\\b|\\bSQL\\b|/work/|/root/|/tmp/|\\.java\\b|\\w+Value\\{value=",
            Pattern.CASE_INSENSITIVE);

    /** Asks for the GraphQL response media type, under which a request that cannot run is a 4xx. */
    private static Response post(String contentType, String body) {
        return given().contentType(contentType).accept("application/graphql-response+json").body(body)
                .when().post("/graphql");
    }

    private static String json(String query) {
        return GraphQL.payload(query, Map.of());
    }

    private static void assertNoLeak(Response response) {
        String body = response.asString();
        assertFalse(LEAK.matcher(body).find(), "response leaks internals: " + body);
    }

    private static void refusedQuickly(Response response, int status, String code) {
        response.then().statusCode(status).body("errors[0].extensions.code", equalTo(code));
        assertTrue(response.time() < 1000, "refused in " + response.time() + " ms");
        assertNoLeak(response);
    }

    @Test
    void onlyJsonBodiesArePosted() {
        // A text/plain POST needs no CORS preflight: executing it would let any web page query with a visitor's
        // credentials.
        refusedQuickly(post("text/plain", json("{ people { name } }")), 415, "UNSUPPORTED_MEDIA_TYPE");
        refusedQuickly(post("application/x-www-form-urlencoded", "query=%7B%20people%20%7B%20name%20%7D%20%7D"),
                415, "UNSUPPORTED_MEDIA_TYPE");
        refusedQuickly(post("application/json", "{\"query\": "), 400, "BAD_REQUEST");
        refusedQuickly(post("application/json", "[{\"query\":\"{ people { name } }\"}]"), 400, "BAD_REQUEST");
        refusedQuickly(post("application/json", "{\"variables\":{}}"), 400, "BAD_REQUEST");
        refusedQuickly(post("application/json", "{\"query\":\"{ people { name } }\",\"variables\":[1]}"), 400,
                "BAD_REQUEST");
    }

    @Test
    void bodiesThatAreNotUtf8AreRefused() {
        // JSON is UTF-8. Replacing a bad byte with U+FFFD would run a query the client never sent (a person named
        // "Mark\uFFFDZuckerberg"), so every malformed sequence is refused, inside a string or outside one.
        byte[][] bodies = {
                bytes("{\"query\":\"{ person(name: \\\"Mark", 0xFF, "Zuckerberg\\\") { name } }\"}"),
                bytes("{\"query\": ", 0xFF, "}"),
                bytes("{\"query\":\"{ person(name: \\\"Mark", 0xE2, 0x82, "\\\") { name } }\"}"),
                bytes("{\"query\":\"{ person(name: \\\"Mark", 0xC0, 0xAF, "\\\") { name } }\"}"),
                bytes("{\"query\":\"{ person(name: \\\"Mark", 0xED, 0xA0, 0x80, "\\\") { name } }\"}"),
        };
        for (byte[] body : bodies) {
            Response response = given().contentType("application/json").accept("application/graphql-response+json")
                    .body(body).when().post("/graphql");
            refusedQuickly(response, 400, "BAD_REQUEST");
            response.then().body("errors[0].message", equalTo("The request body is not valid UTF-8."));
        }
        // Well-formed multi-byte characters are read as sent: the search finds the citation with its apostrophe.
        GraphQL.post("{ search(text: \"Musk\u2019s artificial\", types: [CITATION]) "
                        + "{ node { ... on Citation { excerpt } } } } # \ud83d\ude80")
                .body("data.search.node.excerpt", hasItem(containsString("Musk\u2019s artificial intelligence")));
    }

    /** Text (as UTF-8) and raw bytes, in order. */
    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void deeplyNestedJsonIsRefusedNotAServerError() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        refusedQuickly(post("application/json",
                "{\"query\":\"{ people(first: 1) { nodes { name } } }\",\"variables\":{\"a\":" + nested + "}}"), 400,
                "BAD_REQUEST");
    }

    @Test
    void oversizedBodiesAndDocumentsAreRefused() {
        String huge = "{\"query\":\"{ people { name } }\",\"variables\":{\"x\":\"" + "a".repeat(70_000) + "\"}}";
        Response tooLarge = post("application/json", huge);
        tooLarge.then().statusCode(413);
        assertTrue(tooLarge.time() < 1000);
        // A number literal of 60,000 digits fits in the body but not in the document limit: refused before parsing
        // it costs anything.
        refusedQuickly(post("application/json", json("{ people(first: " + "9".repeat(60_000) + ") { name } }")),
                400, "BAD_REQUEST");
        refusedQuickly(post("application/json", json("{ people(first: " + "9".repeat(15_000) + ") { nodes { name } } }")),
                400, "BAD_USER_INPUT");
        refusedQuickly(post("application/json", json("{ people { " + "n ".repeat(6000) + "} }")), 400,
                "GRAPHQL_PARSE_FAILED");
    }

    @Test
    void deepWideAndAliasedQueriesHitTheirLimits() {
        StringBuilder deep = new StringBuilder("{ person(name: \"Elon Musk\") { ");
        for (int i = 0; i < 10; i++) {
            deep.append("companies { people { ");
        }
        deep.append("name").append(" } }".repeat(10)).append(" } }");
        refusedQuickly(post("application/json", json(deep.toString())), 400, "LIMIT_EXCEEDED");

        // Wide rather than deep: 1,001 fields at depth 3.
        refusedQuickly(post("application/json", json("{ people { nodes { " + "name ".repeat(1001) + "} } }")), 400,
                "LIMIT_EXCEEDED");

        StringBuilder aliases = new StringBuilder("{ ");
        for (int i = 0; i < 40; i++) {
            aliases.append("a").append(i).append(": people(first: 1) { nodes { name } } ");
        }
        refusedQuickly(post("application/json", json(aliases.append("}").toString())), 400, "LIMIT_EXCEEDED");

        StringBuilder operations = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            operations.append("query q").append(i).append(" { people(first: 1) { nodes { name } } } ");
        }
        String body = Json.createObjectBuilder().add("query", operations.toString()).add("operationName", "q1")
                .build().toString();
        refusedQuickly(post("application/json", body), 400, "LIMIT_EXCEEDED");
    }

    @Test
    void aDocumentCheckedBeforeIsCheckedAgainstEachRequestsVariables() {
        // The HTTP layer keeps the documents it has checked; a shape that variables switch on and off is measured
        // anew with each request's variables, and a refused document stays refused.
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            aliases.append("a").append(i).append(": people(first: 1) { nodes { name } } ");
        }
        String query = "query Many($big: Boolean!) { people(first: 1) { nodes { name } } ... @include(if: $big) { "
                + aliases + "} }";
        for (int round = 0; round < 2; round++) {
            for (boolean big : new boolean[] { false, true }) {
                Response response = post("application/json", Json.createObjectBuilder().add("query", query)
                        .add("variables", Json.createObjectBuilder().add("big", big)).build().toString());
                if (big) {
                    refusedQuickly(response, 400, "LIMIT_EXCEEDED");
                } else {
                    response.then().statusCode(200).body("data.people.nodes.size()", equalTo(1));
                }
            }
            refusedQuickly(post("application/json", json("{ nobody { name } }")), 400, "GRAPHQL_VALIDATION_FAILED");
        }
    }

    @Test
    void integersOutsideIntAreRefusedNotWrapped() {
        // 2^64 + 1 once wrapped to 1, and person(id: 18446744073709551617) returned person 1.
        refusedQuickly(post("application/json", json("{ people(first: 18446744073709551617) { nodes { name } } }")), 400,
                "BAD_USER_INPUT");
        refusedQuickly(post("application/json", json("{ person(id: 18446744073709551617) { name } }")), 400,
                "BAD_USER_INPUT");
        refusedQuickly(post("application/json", "{\"query\":\"query($n: Int) { people(first: $n) { nodes { name } } }\","
                + "\"variables\":{\"n\":4294967297}}"), 400, "BAD_USER_INPUT");
    }

    @Test
    void validationMessagesSpeakGraphQLNotJava() {
        Response wrongType = post("application/json", json("{ person(name: 5) { name } }"));
        wrongType.then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", equalTo("argument 'name' with value '5' is not a valid 'String'"));
        assertNoLeak(wrongType);
        for (String query : List.of("{ nope }", "{ people { name", "{ product(name: \"Threads\") { userMetrics(kind: NOPE) { value } } }")) {
            Response response = post("application/json", json(query));
            response.then().statusCode(400).body("errors[0].extensions.code", startsWith("GRAPHQL_"));
            assertNoLeak(response);
        }
        Response badVariable = post("application/json", "{\"query\":\"query($n: Int) { people(first: $n) { nodes { name } } }\",\"variables\":{\"n\":\"x\"}}");
        assertNoLeak(badVariable);
    }

    @Test
    void theServerIsHealthyAfterwards() {
        deeplyNestedJsonIsRefusedNotAServerError();
        deepWideAndAliasedQueriesHitTheirLimits();
        GraphQL.post("{ person(name: \"Mark Zuckerberg\") { name } }")
                .body("data.person.name", equalTo("Mark Zuckerberg"));
    }
}
