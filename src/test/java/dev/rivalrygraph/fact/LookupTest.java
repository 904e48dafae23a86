package dev.rivalrygraph.fact;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.OnlyTheSeeds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The single-record lookups and the root lists: names, aliases, ids, and the typed errors around them. */
@QuarkusTest
@TestProfile(OnlyTheSeeds.class)
class LookupTest {

    @Test
    void namesMatchIgnoringCaseAndThroughAliases() {
        GraphQL.post("{ person(name: \"mark zuckerberg\") { name } }")
                .body("data.person.name", equalTo("Mark Zuckerberg"));
        // 002 spells Character.AI's founder "Noam Sherzier"; the graph files him as Noam Shazeer.
        GraphQL.post("{ person(name: \"Noam Sherzier\") { name aliases { name kind } } }")
                .body("data.person.name", equalTo("Noam Shazeer"))
                .body("data.person.aliases.find { it.name == 'Noam Sherzier' }.kind", equalTo("SPELLING"));
        GraphQL.post("{ organization(name: \"Twitter\") { name kind } }")
                .body("data.organization.name", equalTo("X"));
        GraphQL.post("{ product(name: \"Twitter\") { name aliases { name kind } } }")
                .body("data.product.name", equalTo("X"))
                .body("data.product.aliases.find { it.name == 'Twitter' }.kind", equalTo("FORMER_NAME"));
        GraphQL.post("{ product(name: \"meta ai\") { name } }")
                .body("data.product.name", equalTo("MetaAI"));
        GraphQL.post("{ product(name: \"Seuredeu\") { name } }")
                .body("data.product.name", equalTo("Threads"));
        GraphQL.post("{ rivalry(title: \"musk vs zuckerberg\") { title } }")
                .body("data.rivalry.title", equalTo("Musk vs Zuckerberg"));
        GraphQL.post("{ source(title: \"Zuckerberg vs Musk.\") { title } }")
                .body("data.source.title", equalTo("Zuckerberg vs Musk."));
    }

    @Test
    void idsFindTheSameRecords() {
        String id = GraphQL.post("{ organization(name: \"xAI\") { id } }").extract().path("data.organization.id");
        GraphQL.post("query($id: ID) { organization(id: $id) { name } }", Map.of("id", id))
                .body("data.organization.name", equalTo("xAI"));
    }

    @Test
    void anUnknownNameIsNullWithANotFoundError() {
        GraphQL.post("{ person(name: \"Nobody Atall\") { name } }")
                .body("data.person", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("Nobody Atall"))
                .body("errors[0].path", hasItem("person"));
        // A well-formed id ("Organization:424242") that names no record.
        GraphQL.post("{ organization(id: \"T3JnYW5pemF0aW9uOjQyNDI0Mg\") { name } }")
                .body("data.organization", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        // An id of another kind of record is not a person.
        String xai = GraphQL.post("{ organization(name: \"xAI\") { id } }").extract().path("data.organization.id");
        GraphQL.post("query($id: ID) { person(id: $id) { name } }", Map.of("id", xai))
                .body("data.person", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aLookupNeedsExactlyOneOfIdOrName() {
        GraphQL.post("{ product { name } }")
                .body("data.product", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("`id` or `name`"));
        GraphQL.post("{ rivalry(id: \"Uml2YWxyeTo2MDAw\", title: \"Musk vs Zuckerberg\") { title } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("`title`"));
    }

    @Test
    void rootListsAreConnectionsPagedUpToOneHundred() {
        var first = GraphQL.post("{ people(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } "
                + "edges { cursor node { name } } } }").extract().jsonPath();
        assertEquals(3, first.getList("data.people.edges").size());
        assertEquals(10, first.getInt("data.people.totalCount"));
        assertTrue(first.getBoolean("data.people.pageInfo.hasNextPage"));
        String end = first.getString("data.people.pageInfo.endCursor");
        // The next page starts where the first ended; the last page says so.
        GraphQL.post("query($after: String) { people(first: 100, after: $after) { pageInfo { hasNextPage hasPreviousPage } "
                + "nodes { name } } }", Map.of("after", end))
                .body("data.people.nodes", hasSize(7))
                .body("data.people.nodes.name", not(hasItem(first.getString("data.people.edges[2].node.name"))))
                .body("data.people.pageInfo.hasNextPage", equalTo(false))
                .body("data.people.pageInfo.hasPreviousPage", equalTo(true));
        GraphQL.post("{ people(last: 2) { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }")
                .body("data.people.nodes", hasSize(2))
                .body("data.people.pageInfo.hasNextPage", equalTo(false));
        GraphQL.post("{ organizations(kind: ANALYTICS_FIRM) { nodes { name } } }")
                .body("data.organizations.nodes.name", hasItem("Sensor Tower"));
        GraphQL.post("{ people(first: 0) { totalCount edges { cursor } pageInfo { startCursor endCursor } } }")
                .body("data.people.edges", hasSize(0))
                .body("data.people.pageInfo.startCursor", nullValue())
                .body("data.people.totalCount", equalTo(10));
        GraphQL.post("{ claims(first: 101) { nodes { text } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("between 0 and 100"));
        GraphQL.post("{ events(after: \"not-a-cursor\") { nodes { title } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("cursor"));
        for (String list : new String[] { "people", "organizations", "products", "sources", "rivalries", "events",
                "claims", "investments", "partnerships" }) {
            GraphQL.post("{ " + list + " { totalCount nodes { id } } }")
                    .body("errors", nullValue())
                    .body("data." + list + ".nodes", not(org.hamcrest.Matchers.empty()));
        }
    }

    @Test
    void nestedConnectionsPageEachParentsList() {
        GraphQL.post("""
                { product(name: "Threads") { userMetricsConnection(first: 2) { totalCount pageInfo { hasNextPage }
                    nodes { kind citationsConnection { totalCount nodes { excerpt } } } } } }
                """)
                .body("data.product.userMetricsConnection.totalCount", equalTo(3))
                .body("data.product.userMetricsConnection.nodes", hasSize(2))
                .body("data.product.userMetricsConnection.pageInfo.hasNextPage", equalTo(true))
                .body("data.product.userMetricsConnection.nodes[0].citationsConnection.totalCount", equalTo(1));
        GraphQL.post("{ person(name: \"Mark Zuckerberg\") { claimsConnection(last: 1) { totalCount nodes { text } } } }")
                .body("data.person.claimsConnection.nodes", hasSize(1));
    }
}
