package dev.rivalrygraph.history;

import dev.rivalrygraph.Uncached;
import dev.rivalrygraph.AddedFacts;
import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.claim.ClaimKind;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Rank;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.organization.OrganizationKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every change to a fact is in its {@code history}: who, when, what, and the values before and after, newest first;
 * and the history of any number of records costs the same few statements.
 */
@QuarkusTest
@TestProfile(Uncached.class)
class HistoryTest {

    private static final String HISTORY = """
            query($id: ID!) { node(id: $id) { ... on Organization { history {
              totalCount edges { cursor node { at by operation changes { field before after } } } } } } }""";

    @Inject
    SessionFactory sessionFactory;

    private final AddedFacts added = new AddedFacts("made up for the history test");

    @Test
    void anInsertThenAnUpdateAreListedNewestFirstWithTheirValues() {
        long id = addOrganization("History Test Corp");
        QuarkusTransaction.requiringNew().run(() -> {
            Organization organization = Organization.findById(id);
            organization.country = "Korea";
            organization.description = "A company made for the history test.";
            organization.rank = Rank.PREFERRED;
            organization.rankReason = "made up";
        });

        String path = "data.node.history.edges.node";
        GraphQL.post(HISTORY, Map.of("id", GlobalId.of("Organization", id)))
                .body("errors", nullValue())
                .body("data.node.history.totalCount", equalTo(3))
                .body(path + ".operation", contains("UPDATED", "CITATION_ADDED", "CREATED"))
                .body(path + ".by", everyItem(equalTo("system")))
                .body(path + ".at", everyItem(notNullValue()))
                // the update: the changed properties only, each with its value before and after
                .body(path + "[0].changes.field", containsInAnyOrder("country", "description", "rank", "rankReason", "version"))
                .body(path + "[0].changes.find { it.field == 'country' }.before", nullValue())
                .body(path + "[0].changes.find { it.field == 'country' }.after", equalTo("Korea"))
                .body(path + "[0].changes.find { it.field == 'rank' }.before", equalTo("NORMAL"))
                .body(path + "[0].changes.find { it.field == 'rank' }.after", equalTo("PREFERRED"))
                .body(path + "[0].changes.find { it.field == 'version' }.before", equalTo("0"))
                .body(path + "[0].changes.find { it.field == 'version' }.after", equalTo("1"))
                // the citation added, then the record as created: every property it was given, nothing before
                .body(path + "[1].changes.find { it.field == 'excerpt' }.after", equalTo("made up for the history test"))
                .body(path + "[2].changes.field", hasItem("name"))
                .body(path + "[2].changes.field", not(hasItem("superseded")))
                .body(path + "[2].changes.find { it.field == 'name' }.after", equalTo("History Test Corp"))
                .body(path + "[2].changes.find { it.field == 'kind' }.after", equalTo("COMPANY"))
                .body(path + "[2].changes.before", everyItem(nullValue()));

        // a connection like the others: the second page starts after the first
        String firstCursor = GraphQL.post(HISTORY, Map.of("id", GlobalId.of("Organization", id)))
                .extract().path("data.node.history.edges[0].cursor");
        GraphQL.post("query($id: ID!, $after: String) { node(id: $id) { ... on Organization { "
                + "history(first: 1, after: $after) { nodes { operation } pageInfo { hasNextPage } } } } }",
                Map.of("id", GlobalId.of("Organization", id), "after", firstCursor))
                .body("data.node.history.nodes.operation", contains("CITATION_ADDED"))
                .body("data.node.history.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void aCollectionChangedInPlaceIsRecordedWithItsElementsBeforeAndAfter() throws Exception {
        long musk = GlobalId.parse(GraphQL.idOf("person(name: \"Elon Musk\")")).id();
        long meta = GlobalId.parse(GraphQL.idOf("organization(name: \"Meta Platforms\")")).id();
        long id = added.add(() -> {
            Claim claim = new Claim();
            claim.kind = ClaimKind.ASSERTION;
            claim.content = "A claim made for the history test.";
            claim.subjectIds.add(musk);
            return claim;
        });
        QuarkusTransaction.requiringNew().run(() -> Claim.<Claim>findById(id).subjectIds.add(meta));

        GraphQL.post("query($id: ID!) { node(id: $id) { ... on Claim { history { nodes { operation "
                + "changes { field before after } } } } } }", Map.of("id", GlobalId.of("Claim", id)))
                .body("errors", nullValue())
                .body("data.node.history.nodes[0].changes.find { it.field == 'subjectIds' }.before",
                        equalTo("[" + musk + "]"))
                .body("data.node.history.nodes[0].changes.find { it.field == 'subjectIds' }.after",
                        equalTo("[" + Math.min(musk, meta) + "," + Math.max(musk, meta) + "]"))
                .body("data.node.history.nodes.operation", hasItem("CREATED"));
    }

    @Test
    void theHistoryOfManyRecordsTakesAsManyStatementsAsThatOfOne() {
        String query = "{ organizations(nameContains: \"History batch\", first: 100) { nodes { name "
                + "history { totalCount nodes { at by operation changes { field before after } } } } } }";
        addUpdatedOrganizations(1);
        long one = statementsFor(query, 1);
        addUpdatedOrganizations(20);
        long many = statementsFor(query, 21);
        System.out.printf("History of 1 record: %d SQL statements; of 21 records: %d%n", one, many);
        assertEquals(one, many, "statements for the history of 21 records");
    }

    private long statementsFor(String query, int records) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.post(query)
                .body("errors", nullValue())
                .body("data.organizations.nodes", hasSize(records))
                .body("data.organizations.nodes.history.totalCount", everyItem(equalTo(3)));
        return statistics.getPrepareStatementCount();
    }

    private void addUpdatedOrganizations(int count) {
        for (int i = 0; i < count; i++) {
            long id = addOrganization("History batch " + i + " of " + count);
            QuarkusTransaction.requiringNew().run(() -> Organization.<Organization>findById(id).country = "Chile");
        }
    }

    private long addOrganization(String name) {
        return added.add(() -> {
            Organization organization = new Organization();
            organization.name = name;
            organization.kind = OrganizationKind.COMPANY;
            return organization;
        });
    }

    @AfterEach
    void removeAddedFacts() {
        added.removeAll();
    }
}
