package dev.rivalrygraph.page;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A client pages through a list while a curator writes between its reads: the next page continues after the last
 * record seen, with no repeat when a record is added before it and no gap when one already seen is deprecated.
 * Each test adds its records under a token of its own and filters on it, so only its own records are listed.
 */
@QuarkusTest
class CursorsUnderWritesTest {

    private static final String TEXT = "Acme Robotics said on Monday that its chatbot, Zed, passed 5 million users.";
    private static final String EXCERPT = "Acme Robotics said on Monday";

    /** One of the lists paged: how to add a record to it, and how to ask for a page of the test's records. */
    interface Listed {
        String add(String source, String token, int rank);

        String page(String token);
    }

    static final Listed CLAIMS = new Listed() {
        @Override
        public String add(String source, String token, int rank) {
            // dated so that rank 1 sorts first: the list is in date order
            return GraphQL.postAsCurator("mutation($input: ClaimValues!) { addClaim(input: $input) { id } }",
                    Map.of("input", input(source, "kind", "ASSERTION", "text", token + " claim " + rank,
                            "statedOn", "2024-01-%02d".formatted(rank)))).body("errors", nullValue())
                    .extract().path("data.addClaim.id");
        }

        @Override
        public String page(String token) {
            return "query($after: String) { list: claims(textContains: \"" + token + "\", first: 2, after: $after) {"
                    + " edges { node { id } } pageInfo { endCursor hasNextPage } } }";
        }
    };

    private static final Listed PEOPLE = new Listed() {
        @Override
        public String add(String source, String token, int rank) {
            // named so that rank 1 sorts first: the list is in name order
            return GraphQL.postAsCurator("mutation($input: PersonValues!) { addPerson(input: $input) { id } }",
                    Map.of("input", input(source, "name", token + " " + (char) ('A' + rank))))
                    .body("errors", nullValue()).extract().path("data.addPerson.id");
        }

        @Override
        public String page(String token) {
            return "query($after: String) { list: people(nameContains: \"" + token + "\", first: 2, after: $after) {"
                    + " edges { node { id } } pageInfo { endCursor hasNextPage } } }";
        }
    };

    @Test
    void claimsAddedBeforeThePageAreNotRepeated() {
        noRepeatAfterAnAdd(CLAIMS);
    }

    @Test
    void peopleAddedBeforeThePageAreNotRepeated() {
        noRepeatAfterAnAdd(PEOPLE);
    }

    @Test
    void claimsDeprecatedAfterBeingSeenLeaveNoGap() {
        noGapAfterADeprecation(CLAIMS);
    }

    @Test
    void peopleDeprecatedAfterBeingSeenLeaveNoGap() {
        noGapAfterADeprecation(PEOPLE);
    }

    private static void noRepeatAfterAnAdd(Listed list) {
        String token = token();
        String source = source();
        List<String> ids = new ArrayList<>();
        try {
            for (int rank = 2; rank <= 5; rank++) {
                ids.add(list.add(source, token, rank));
            }
            JsonPath first = page(list, token, null);
            assertEquals(ids.subList(0, 2), first.getList("data.list.edges.node.id"));

            // a record that sorts before the page just read
            String earlier = list.add(source, token, 1);
            List<String> expected = List.copyOf(ids.subList(2, 4));
            ids.add(earlier);

            JsonPath second = page(list, token, first.getString("data.list.pageInfo.endCursor"));
            assertEquals(expected, second.getList("data.list.edges.node.id"));
            assertEquals(false, second.getBoolean("data.list.pageInfo.hasNextPage"));
        } finally {
            deprecate(ids);
        }
    }

    private static void noGapAfterADeprecation(Listed list) {
        String token = token();
        String source = source();
        List<String> ids = new ArrayList<>();
        List<String> deprecated = new ArrayList<>();
        try {
            for (int rank = 1; rank <= 5; rank++) {
                ids.add(list.add(source, token, rank));
            }
            JsonPath first = page(list, token, null);
            assertEquals(ids.subList(0, 2), first.getList("data.list.edges.node.id"));

            // one the client has already seen drops out of the list
            deprecate(List.of(ids.get(0)));
            deprecated.add(ids.get(0));

            JsonPath second = page(list, token, first.getString("data.list.pageInfo.endCursor"));
            assertEquals(ids.subList(2, 4), second.getList("data.list.edges.node.id"));
            assertEquals(true, second.getBoolean("data.list.pageInfo.hasNextPage"));
        } finally {
            deprecate(ids.stream().filter(id -> !deprecated.contains(id)).toList());
        }
    }

    private static JsonPath page(Listed list, String token, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("after", after);
        return GraphQL.postAnonymously(list.page(token), after == null ? Map.of() : variables)
                .body("errors", nullValue()).extract().jsonPath();
    }

    /** Hides the test's records from the lists other tests read. */
    static void deprecate(List<String> ids) {
        for (String id : ids) {
            GraphQL.postAsCurator("mutation($id: ID!) { deprecate(id: $id, reason: \"test record\") { id } }",
                    Map.of("id", id)).body("errors", nullValue());
        }
    }

    /** A word no seed record contains, so a filter on it lists the test's records only. */
    static String token() {
        return "Pg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static String source() {
        return GraphQL.postAsCurator("mutation($input: SourceValues!) { addSource(input: $input) { id } }",
                Map.of("input", Map.of("title", "Paging article " + UUID.randomUUID(), "publisher",
                        "The Test Gazette", "publishedOn", "2025-03-01", "publishedPrecision", "MONTH", "text",
                        TEXT))).body("errors", nullValue()).extract().path("data.addSource.id");
    }

    private static Map<String, Object> input(String source, Object... keysAndValues) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            input.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        input.put("citations", List.of(Map.of("source", source, "excerpt", EXCERPT)));
        return input;
    }
}
