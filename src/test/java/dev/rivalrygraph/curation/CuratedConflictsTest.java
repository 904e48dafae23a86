package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A curator's new records take part in conflicts with no code change: a claim giving a product another kind is a
 * conflict at once; preferring one side settles it, deprecating the other hides it, restoring brings it back.
 */
@QuarkusTest
class CuratedConflictsTest {

    private static final String CONFLICTS = "query($id: ID, $ranks: RankSelection) { conflicts(subject: $id,"
            + " ranks: $ranks) { nodes { property resolved values { value records { __typename rank } } } } }";

    @Test
    void aClaimThatGivesAnotherValueIsAConflictUntilSettled() {
        String source = Curate.source();
        String zed = GraphQL.postAsCurator(Curate.ADD_PRODUCT, Map.of("input", Curate.input(source,
                "its chatbot, Zed", "name", "Zed " + source, "kind", "CHATBOT"))).body("errors", nullValue())
                .extract().path("data.addProduct.id");
        conflicts(zed, "BEST").body("data.conflicts.nodes", empty());

        String claim = GraphQL.postAsCurator(Curate.ADD_CLAIM, Map.of("input", Curate.input(source,
                        "Zed copies its own assistant", "kind", "ALLEGATION", "text", "Zed copies Globex's assistant.",
                        "subjects", java.util.List.of(zed), "property", "kind", "value", "ASSISTANT",
                        "propertyOf", zed)))
                .body("errors", nullValue()).extract().path("data.addClaim.id");
        conflicts(zed, "BEST")
                .body("data.conflicts.nodes.property", contains("kind"))
                .body("data.conflicts.nodes[0].values.value", contains("CHATBOT", "ASSISTANT"))
                .body("data.conflicts.nodes[0].resolved", equalTo(false));

        rank("prefer", zed, ", reason: \"the maker's own page\"");
        conflicts(zed, "BEST").body("data.conflicts.nodes", empty());
        conflicts(zed, "ALL")
                .body("data.conflicts.nodes[0].resolved", equalTo(true))
                .body("data.conflicts.nodes[0].values.records.flatten().rank", contains("PREFERRED", "NORMAL"));

        rank("restore", zed, "");
        conflicts(zed, "BEST").body("data.conflicts.nodes.property", contains("kind"));
        rank("deprecate", claim, ", reason: \"Globex's own words, not a fact\"");
        conflicts(zed, "BEST").body("data.conflicts.nodes", empty());
        rank("restore", claim, "");
        conflicts(zed, "BEST").body("data.conflicts.nodes.property", contains("kind"));
    }

    private static ValidatableResponse conflicts(String subject, String ranks) {
        return GraphQL.post(CONFLICTS, Map.of("id", subject, "ranks", ranks)).body("errors", nullValue());
    }

    private static void rank(String mutation, String id, String reason) {
        GraphQL.postAsCurator("mutation($id: ID!) { " + mutation + "(id: $id" + reason + ") { rank } }",
                Map.of("id", id)).body("errors", nullValue());
    }
}
