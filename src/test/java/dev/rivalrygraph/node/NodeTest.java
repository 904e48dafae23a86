package dev.rivalrygraph.node;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Global object identification: opaque ids, node(id:) and nodes(ids:), and strict decoding. */
@QuarkusTest
class NodeTest {

    @Test
    void everyRecordCanBeFetchedAgainByItsId() {
        var ids = GraphQL.post("""
                { person(name: "Mark Zuckerberg") { id companies { id products { id userMetrics { id citations { id source { id } } } } } } }
                """).extract().jsonPath();
        String person = ids.getString("data.person.id");
        String citation = ids.getString("data.person.companies[0].products.find { it.userMetrics }.userMetrics[0].citations[0].id");
        String source = ids.getString("data.person.companies[0].products.find { it.userMetrics }.userMetrics[0].citations[0].source.id");

        GraphQL.post("query($id: ID!) { node(id: $id) { id __typename ... on Person { name } } }", Map.of("id", person))
                .body("data.node.__typename", equalTo("Person"))
                .body("data.node.name", equalTo("Mark Zuckerberg"))
                .body("data.node.id", equalTo(person));
        GraphQL.post("query($id: ID!) { node(id: $id) { __typename ... on Citation { excerpt } } }", Map.of("id", citation))
                .body("data.node.__typename", equalTo("Citation"));
        GraphQL.post("query($id: ID!) { node(id: $id) { __typename ... on Source { title } } }", Map.of("id", source))
                .body("data.node.__typename", equalTo("Source"));
        GraphQL.post("query($id: ID) { person(id: $id) { name } }", Map.of("id", person))
                .body("data.person.name", equalTo("Mark Zuckerberg"));
    }

    @Test
    void nodesAnswersInOrderWithNullsForUnknownIds() {
        String person = GraphQL.post("{ person(name: \"Sam Altman\") { id } }").extract().path("data.person.id");
        String rivalry = GraphQL.post("{ rivalry(title: \"Altman vs Musk\") { id } }").extract().path("data.rivalry.id");
        // "Person:999" is well formed and names no one.
        GraphQL.post("{ nodes(ids: [\"" + rivalry + "\", \"UGVyc29uOjk5OQ\", \"" + person + "\"]) { __typename } }")
                .body("data.nodes", hasSize(3))
                .body("data.nodes[0].__typename", equalTo("Rivalry"))
                .body("data.nodes[1]", nullValue())
                .body("data.nodes[2].__typename", equalTo("Person"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("UGVyc29uOjk5OQ"));
    }

    @Test
    void malformedAndOutOfRangeIdsAreErrorsNeverSomeoneElse() {
        for (String id : new String[] { "!!!", "18446744073709551617", "UGVyc29uOjE4NDQ2NzQ0MDczNzA5NTUxNjE3",
                "UGVyc29uOi0x", "" }) {
            GraphQL.post("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id))
                    .body("data.node", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        // An organization's id is not a person's.
        String xai = GraphQL.post("{ organization(name: \"xAI\") { id } }").extract().path("data.organization.id");
        GraphQL.post("query($id: ID) { person(id: $id) { name } }", Map.of("id", xai))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
