package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.GraphQLOverWebSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What curators do shows in the history, with their name, and reaches subscribers: deprecate, restore, add. */
@QuarkusTest
class CuratedHistoryTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aDeprecationAndARestoreAreInTheHistoryWithTheCuratorsName() {
        String person = Curate.personId(Curate.source(), "Jane Roe " + UUID.randomUUID());
        GraphQL.postAsCurator("mutation($id: ID!) { deprecate(id: $id, reason: \"a misspelling\") { id } }",
                Map.of("id", person)).body("errors", nullValue());
        GraphQL.postAsCurator("mutation($id: ID!) { restore(id: $id) { id } }", Map.of("id", person))
                .body("errors", nullValue());

        String path = "data.node.history.nodes";
        GraphQL.post("query($id: ID!) { node(id: $id) { ... on Person { history { nodes { by operation "
                + "changes { field before after } } } } } }", Map.of("id", person))
                .body("errors", nullValue())
                .body(path + ".operation", contains("UPDATED", "UPDATED", "CITATION_ADDED", "CREATED"))
                .body(path + ".by", everyItem(equalTo("curator")))
                .body(path + "[1].changes.find { it.field == 'rank' }.before", equalTo("NORMAL"))
                .body(path + "[1].changes.find { it.field == 'rank' }.after", equalTo("DEPRECATED"))
                .body(path + "[1].changes.find { it.field == 'rankReason' }.after", equalTo("a misspelling"))
                .body(path + "[0].changes.find { it.field == 'rank' }.before", equalTo("DEPRECATED"))
                .body(path + "[0].changes.find { it.field == 'rank' }.after", equalTo("NORMAL"))
                .body(path + "[0].changes.find { it.field == 'rankReason' }.before", equalTo("a misspelling"));
    }

    @Test
    void aSubscriberReceivesTheFactACuratorAdds() throws Exception {
        String source = Curate.source();
        try (GraphQLOverWebSocket client = GraphQLOverWebSocket.connect(graphql)) {
            client.subscribe("all", "subscription($subject: ID) { factChanged(subject: $subject) { "
                    + "operation by fact { id __typename } } }", null);
            JsonObject next = null;
            String person = null;
            for (int attempt = 0; attempt < 10 && next == null; attempt++) {
                person = Curate.personId(source, "Jane Roe " + UUID.randomUUID());
                next = client.poll(3);
            }
            assertNotNull(next, "no event for the person added");
            JsonObject change = next.getJsonObject("payload").getJsonObject("data").getJsonObject("factChanged");
            assertEquals("CREATED", change.getString("operation"));
            assertEquals("curator", change.getString("by"));
            assertEquals(person, change.getJsonObject("fact").getString("id"));
        }
    }
}
