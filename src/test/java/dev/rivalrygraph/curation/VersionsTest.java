package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.node.GlobalId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.rivalrygraph.curation.Curate.UPDATE_PERSON;
import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Optimistic locking: an update names the version it read; a stale one is refused, and nothing is lost. */
@QuarkusTest
class VersionsTest {

    @Inject
    EntityManager em;

    private static final String EXCERPT = "Jane Roe, Acme's chief executive";

    @Test
    void anUpdateNamingTheCurrentVersionWinsAndAStaleOneIsAConflict() {
        String source = Curate.source();
        String id = Curate.personId(source, "Jane Versioned");
        update(id, 0, "Jane Roe-Versioned", source)
                .body("errors", nullValue())
                .body("data.updatePerson.name", equalTo("Jane Roe-Versioned"))
                .body("data.updatePerson.version", equalTo(1));
        update(id, 0, "Jane Stale", source)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(1))
                .body("errors[0].message", containsString("version 1"));
        GraphQL.post("{ node(id: \"" + id + "\") { ... on Person { name version citations { excerpt } } } }")
                .body("data.node.name", equalTo("Jane Roe-Versioned"))
                .body("data.node.version", equalTo(1))
                .body("data.node.citations.size()", equalTo(2));
    }

    @Test
    void concurrentUpdatesOfOneVersionHaveExactlyOneWinnerAndItsValuesStay() throws Exception {
        String source = Curate.source();
        String id = Curate.personId(source, "Jane Contested");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String name = "Jane Writer " + i;
                Callable<JsonPath> write = () -> {
                    start.await();
                    return update(id, 0, name, source).extract().jsonPath();
                };
                answers.add(pool.submit(write));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            int conflicts = 0;
            for (Future<JsonPath> answer : answers) {
                JsonPath json = answer.get();
                if (json.get("errors") == null) {
                    winners.add(json.getString("data.updatePerson.name"));
                } else {
                    assertEquals("CONFLICT", json.getString("errors[0].extensions.code"), json.prettify());
                    assertEquals(1, json.getInt("errors[0].extensions.currentVersion"), json.prettify());
                    conflicts++;
                }
            }
            assertEquals(1, winners.size(), "exactly one writer wins: " + winners);
            assertEquals(writers - 1, conflicts);
            GraphQL.post("{ node(id: \"" + id + "\") { ... on Person { name version citations { excerpt } } } }")
                    .body("data.node.name", equalTo(winners.get(0)))
                    .body("data.node.version", equalTo(1))
                    // the first citation and the winner's; the losers' were rolled back with their writes
                    .body("data.node.citations.size()", equalTo(2));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deprecateHidesARecordWithItsReasonAndRestoreBringsItBack() throws Exception {
        String source = Curate.source();
        String name = "Jane Deprecated " + source;
        String id = Curate.personId(source, name);
        GraphQL.postAsCurator("mutation($id: ID!) { deprecate(id: $id, reason: \"a misspelling\", expectedVersion: 0)"
                        + " { id ... on Person { rank rankReason version } } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.deprecate.rank", equalTo("DEPRECATED"))
                .body("data.deprecate.rankReason", equalTo("a misspelling"))
                .body("data.deprecate.version", equalTo(1));
        GraphQL.post("{ people(nameContains: \"" + name + "\") { totalCount } }")
                .body("data.people.totalCount", equalTo(0));
        // Still there, with its reason: nothing is deleted.
        assertEquals(List.of("DEPRECATED", "a misspelling"), Arrays.asList((Object[]) em.createNativeQuery(
                "SELECT fact_rank, rank_reason FROM fact WHERE id = :id").setParameter("id", GlobalId.parse(id).id())
                .getSingleResult()));
        GraphQL.postAsCurator("mutation($id: ID!) { restore(id: $id) { ... on Person { rank rankReason version } } }",
                        Map.of("id", id))
                .body("data.restore.rank", equalTo("NORMAL"))
                .body("data.restore.rankReason", nullValue())
                .body("data.restore.version", equalTo(2));
        GraphQL.post("{ people(nameContains: \"" + name + "\") { totalCount } }")
                .body("data.people.totalCount", equalTo(1));
    }

    @Test
    void deprecatingNeedsAReasonAndAStaleVersionConflicts() {
        String id = Curate.personId(Curate.source(), "Jane Reasonless");
        GraphQL.postAsCurator("mutation($id: ID!) { deprecate(id: $id, reason: \" \") { id } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("reason"));
        GraphQL.postAsCurator("mutation($id: ID!) { deprecate(id: $id, reason: \"old\", expectedVersion: 7) { id } }",
                        Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(0));
    }

    @Test
    void citationsCanBeAddedToAnyRecord() {
        String source = Curate.source();
        String id = Curate.personId(source, "Jane Cited Twice");
        GraphQL.postAsCurator("mutation($id: ID!, $c: [CitationValues!]!) { addCitations(id: $id, citations: $c) {"
                        + " citations { excerpt } ... on Person { version } } }",
                        Map.of("id", id, "c", List.of(Curate.citation(source, "called it \"the best launch"))))
                .body("errors", nullValue())
                .body("data.addCitations.citations.size()", equalTo(2))
                .body("data.addCitations.version", equalTo(1));
    }

    @Test
    void aSourceTextMustKeepEveryCitedPassage() {
        String source = Curate.source();
        Curate.personId(source, "Jane Quoted");
        String update = "mutation($id: ID!, $input: SourceValues!) { updateSource(id: $id, expectedVersion: 0,"
                + " input: $input) { version text } }";
        GraphQL.postAsCurator(update, Map.of("id", source, "input", Map.of("title", "Rewritten", "text",
                        "Acme Robotics said nothing at all.")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.text"))
                .body("errors[0].message", containsString("Jane Roe, Acme's chief executive"));
        GraphQL.postAsCurator(update, Map.of("id", source, "input", Map.of("title", "Corrected", "text",
                        Curate.TEXT + "\nCorrection: Zed launched on Tuesday.")))
                .body("errors", nullValue())
                .body("data.updateSource.version", equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse update(String id, long version, String name,
            String source) {
        return GraphQL.postAsCurator(UPDATE_PERSON, Map.of("id", id, "v", version, "input",
                input(source, EXCERPT, "name", name)));
    }
}
