package dev.rivalrygraph.api;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.curation.Curate;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response cache serves a repeated query the bytes it sent before, and never an answer another question, another
 * caller or older data would get: each test adds records of its own and compares the cached answers with fresh
 * executions (the same request with an extension of its own, which is part of the key and changes nothing else).
 */
@QuarkusTest
class ResponseCacheTest {

    static final String PERSON = "query($id: ID!) { node(id: $id) { ... on Person { name version } } }";
    static final String UPDATE_PERSON = "mutation($id: ID!, $v: BigInteger!, $input: PersonValues!) {"
            + " updatePerson(id: $id, expectedVersion: $v, input: $input) { id name version } }";
    static final String EXCERPT = "Jane Roe, Acme's chief executive";

    @Inject
    MeterRegistry meters;

    @Test
    void aRepeatedQueryIsAHitWithTheSameBytes() {
        String id = Curate.personId(Curate.source(), "Cache Repeat " + UUID.randomUUID());
        byte[] first = post(PERSON, Map.of("id", id));
        double hits = hits();
        double misses = misses();
        byte[] second = post(PERSON, Map.of("id", id));
        assertArrayEquals(first, second);
        assertEquals(hits + 1, hits());
        assertEquals(misses, misses());
        // Layout, comments and commas are not part of the key; the answer is the fresh one's.
        byte[] relaid = post("# the same question\nquery ( $id : ID! ) {\n  node(id: $id) {\n ... on Person"
                + " { name, version } } }", Map.of("id", id));
        assertEquals(hits + 2, hits());
        assertArrayEquals(fresh(PERSON, Map.of("id", id)), relaid);
    }

    @Test
    void aWriteIsSeenByTheWritersNextReadAndByEveryoneElses() {
        String source = Curate.source();
        String name = "Cache Before " + UUID.randomUUID();
        String id = Curate.personId(source, name);
        for (int i = 0; i < 2; i++) { // the second of each is a hit
            assertThat(text(post(PERSON, Map.of("id", id))), containsString(name));
            assertThat(text(postAsCurator(PERSON, Map.of("id", id))), containsString(name));
        }
        String renamed = "Cache After " + UUID.randomUUID();
        GraphQL.postAsCurator(UPDATE_PERSON, Map.of("id", id, "v", 0,
                "input", Curate.input(source, EXCERPT, "name", renamed))).body("errors", nullValue());
        // The writer, at once, on its next request; then another client.
        String writers = text(postAsCurator(PERSON, Map.of("id", id)));
        assertThat(writers, containsString(renamed));
        assertThat(writers, not(containsString(name)));
        String others = text(post(PERSON, Map.of("id", id)));
        assertThat(others, containsString(renamed));
        assertArrayEquals(fresh(PERSON, Map.of("id", id)), others.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bestAndAllRanksAreNeverMixed() {
        String source = Curate.source();
        String person = Curate.personId(source, "Cache Ranked " + UUID.randomUUID());
        String alias = GraphQL.postAsCurator("mutation($input: AliasValues!) { addAlias(input: $input) { id } }",
                Map.of("input", Curate.input(source, EXCERPT, "subject", person, "name", "Cache Misspelt",
                        "kind", "SPELLING"))).body("errors", nullValue()).extract().path("data.addAlias.id");
        GraphQL.postAsCurator("mutation($id: ID!) { deprecate(id: $id, reason: \"a typo\") { id } }",
                Map.of("id", alias)).body("errors", nullValue());
        String asVariable = "query($id: ID!, $r: RankSelection) { node(id: $id, ranks: $r) {"
                + " ... on Person { aliases { name rank } } } }";
        String best = "query($id: ID!) { node(id: $id, ranks: BEST) { ... on Person { aliases { name rank } } } }";
        String all = "query($id: ID!) { node(id: $id, ranks: ALL) { ... on Person { aliases { name rank } } } }";
        for (int i = 0; i < 2; i++) {
            assertThat(aliases(post(asVariable, Map.of("id", person, "r", "BEST"))), empty());
            assertThat(aliases(post(asVariable, Map.of("id", person, "r", "ALL"))), contains("Cache Misspelt"));
            assertThat(aliases(post(asVariable, Map.of("id", person))), empty()); // the default, BEST
            assertThat(aliases(post(best, Map.of("id", person))), empty());
            assertThat(aliases(post(all, Map.of("id", person))), contains("Cache Misspelt"));
        }
    }

    @Test
    void differentVariablesAreDifferentAnswers() {
        String source = Curate.source();
        String a = "Cache Variable A " + UUID.randomUUID();
        String b = "Cache Variable B " + UUID.randomUUID();
        String idA = Curate.personId(source, a);
        String idB = Curate.personId(source, b);
        for (int i = 0; i < 2; i++) {
            assertThat(text(post(PERSON, Map.of("id", idA))), containsString(a));
            assertThat(text(post(PERSON, Map.of("id", idB))), containsString(b));
        }
        // An undeclared variable changes nothing, so it may share the answer; it must still be the right one.
        assertThat(text(post(PERSON, Map.of("id", idA, "unused", idB))), containsString(a));
    }

    @Test
    void aliasesWithDifferentArgumentsAreDifferentQuestions() {
        String dau = "{ product(name: \"Threads\") { x: userMetrics(kind: DAU) { kind } } }";
        String mau = "{ product(name: \"Threads\") { x: userMetrics(kind: MAU) { kind } } }";
        for (int i = 0; i < 2; i++) {
            assertThat(text(post(dau, Map.of())), containsString("\"DAU\""));
            assertThat(text(post(dau, Map.of())), not(containsString("\"MAU\"")));
            assertThat(text(post(mau, Map.of())), containsString("\"MAU\""));
            assertThat(text(post(mau, Map.of())), not(containsString("\"DAU\"")));
        }
    }

    /**
     * No query depends on the caller today (only mutations are @RolesAllowed, and nothing a query reads looks at the
     * identity): a curator gets the anonymous answer's bytes, but from an entry of its own, so that a field that did
     * depend on the caller could not leak. Wrong credentials still get their answer, uncached.
     */
    @Test
    void callersHaveEntriesOfTheirOwn() {
        String id = Curate.personId(Curate.source(), "Cache Caller " + UUID.randomUUID());
        byte[] anonymous = post(PERSON, Map.of("id", id));
        post(PERSON, Map.of("id", id));
        double misses = misses();
        byte[] curator = postAsCurator(PERSON, Map.of("id", id));
        assertEquals(misses + 1, misses());
        assertArrayEquals(anonymous, curator);
        double hits = hits();
        assertArrayEquals(curator, postAsCurator(PERSON, Map.of("id", id)));
        assertEquals(hits + 1, hits());
        byte[] wrong = request(PERSON, Map.of("id", id), null).auth().preemptive().basic("curator", "wrong")
                .post("/graphql").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(anonymous, wrong);
    }

    @Test
    void aPersistedQueryIsTheSameQuestionAsItsDocument() {
        String id = Curate.personId(Curate.source(), "Cache Persisted " + UUID.randomUUID());
        byte[] byDocument = post(PERSON, Map.of("id", id));
        String hash = PersistedQueries.sha256(PERSON);
        Map<String, Object> persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
        post(PERSON, Map.of("id", id), persisted); // registers the hash
        double hits = hits();
        byte[] byHash = given().queryParam("extensions", Json.createObjectBuilder(persisted).build().toString())
                .queryParam("variables", "{\"id\": \"" + id + "\"}").get("/graphql")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(byDocument, byHash);
        assertEquals(hits + 1, hits());
    }

    @Test
    void getReadsCarryAnETagAndAnswer304UntilTheAnswerChanges() {
        String source = Curate.source();
        String name = "Cache ETag " + UUID.randomUUID();
        String id = Curate.personId(source, name);
        Response first = get(id, null);
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "a strong ETag: " + etag);
        assertEquals("no-cache", first.header("Cache-Control"));
        assertThat(first.header("Vary"), containsString("Accept"));
        assertThat(first.header("Vary"), containsString("Authorization"));

        Response again = get(id, etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.asByteArray().length);
        assertEquals(etag, again.header("ETag"));
        assertEquals(304, get(id, "W/" + etag + ", \"other\"").statusCode());
        // The other media type is another representation.
        Response graphqlResponse = given().accept("application/graphql-response+json").header("If-None-Match", etag)
                .queryParam("query", PERSON).queryParam("variables", "{\"id\": \"" + id + "\"}").get("/graphql");
        assertEquals(200, graphqlResponse.statusCode());
        assertNotEquals(etag, graphqlResponse.header("ETag"));

        GraphQL.postAsCurator(UPDATE_PERSON, Map.of("id", id, "v", 0,
                "input", Curate.input(source, EXCERPT, "name", name + " renamed"))).body("errors", nullValue());
        Response changed = get(id, etag);
        assertEquals(200, changed.statusCode());
        assertThat(changed.asString(), containsString(name + " renamed"));
        assertNotEquals(etag, changed.header("ETag"));

        // POST answers carry no validator, and answers with errors get none either.
        assertNull(given().contentType(ContentType.JSON).body(payload(PERSON, Map.of("id", id), Map.of()))
                .post("/graphql").header("ETag"));
        Response notFound = given().queryParam("query", "{ person(name: \"Nobody " + UUID.randomUUID() + "\") { id } }")
                .get("/graphql");
        assertThat(notFound.asString(), containsString("errors"));
        assertNull(notFound.header("ETag"));
    }

    private static Response get(String id, String ifNoneMatch) {
        RequestSpecification request = given().queryParam("query", PERSON)
                .queryParam("variables", "{\"id\": \"" + id + "\"}");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/graphql");
    }

    private static List<String> aliases(byte[] answer) {
        return io.restassured.path.json.JsonPath.from(text(answer)).getList("data.node.aliases.name");
    }

    double hits() {
        return meters.counter("rivalry.response.cache.requests", "result", "hit").count();
    }

    double misses() {
        return meters.counter("rivalry.response.cache.requests", "result", "miss").count();
    }

    static String text(byte[] answer) {
        String text = new String(answer, StandardCharsets.UTF_8);
        assertFalse(text.contains("\"errors\""), text);
        return text;
    }

    static byte[] post(String query, Map<String, ?> variables) {
        return post(query, variables, Map.of());
    }

    static byte[] post(String query, Map<String, ?> variables, Map<String, ?> extensions) {
        return request(query, variables, extensions).post("/graphql").then().statusCode(200)
                .extract().asByteArray();
    }

    static byte[] postAsCurator(String query, Map<String, ?> variables) {
        return request(query, variables, Map.of()).auth().preemptive().basic(GraphQL.CURATOR, GraphQL.CURATOR_PASSWORD)
                .post("/graphql").then().statusCode(200).extract().asByteArray();
    }

    /** The same request executed afresh: an extension of its own makes it a key nobody asked before. */
    static byte[] fresh(String query, Map<String, ?> variables) {
        return post(query, variables, Map.of("uncached", UUID.randomUUID().toString()));
    }

    static RequestSpecification request(String query, Map<String, ?> variables, Map<String, ?> extensions) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(payload(query, variables, extensions == null ? Map.of() : extensions));
    }

    @SuppressWarnings("unchecked")
    static String payload(String query, Map<String, ?> variables, Map<String, ?> extensions) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("query", query)
                .add("variables", Json.createObjectBuilder((Map<String, Object>) variables));
        if (!extensions.isEmpty()) {
            body.add("extensions", Json.createObjectBuilder((Map<String, Object>) extensions));
        }
        return body.build().toString();
    }
}
