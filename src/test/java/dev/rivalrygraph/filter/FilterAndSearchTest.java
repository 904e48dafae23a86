package dev.rivalrygraph.filter;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Filters, ordering and search, the way people ask: parts of names, kinds, dates, who said what. */
@QuarkusTest
class FilterAndSearchTest {


    @Test
    void namesMatchInPartIgnoringCaseAccentsAndThroughAliases() {
        GraphQL.post("{ people(nameContains: \"ZUCKERBÉRG\") { nodes { name } } }")
                .body("data.people.nodes.name", contains("Mark Zuckerberg"));
        // "twit" is in X's former name only.
        GraphQL.post("{ organizations(nameContains: \"twit\") { nodes { name } } }")
                .body("data.organizations.nodes.name", contains("X"));
        GraphQL.post("{ products(kind: CHATBOT, nameContains: \"gro\") { nodes { name kind } } }")
                .body("data.products.nodes.name", contains("Grok"));
        // LIKE wildcards in the search text are taken literally.
        GraphQL.post("{ people(nameContains: \"%\") { totalCount } }")
                .body("data.people.totalCount", equalTo(0));
    }

    @Test
    void claimsBySpeakerSubjectTextAndDate() {
        String zuckerberg = GraphQL.idOf("person(name: \"Mark Zuckerberg\")");
        String threads = GraphQL.idOf("product(name: \"Threads\")");
        GraphQL.post("query($s: ID) { claims(speaker: $s, kind: QUOTE) { nodes { text speaker { name } } } }",
                Map.of("s", zuckerberg))
                .body("data.claims.nodes.speaker.name", everyItem(equalTo("Mark Zuckerberg")))
                .body("data.claims.nodes.text", hasItem("I will not operate Threads like Twitter."));
        GraphQL.post("query($t: ID) { claims(subject: $t) { totalCount nodes { subjects { name } } } }",
                        Map.of("t", threads))
                .body("data.claims.totalCount", org.hamcrest.Matchers.greaterThan(2))
                .body("data.claims.nodes.collect { it.subjects.name.contains('Threads') }", everyItem(equalTo(true)));
        GraphQL.post("{ claims(textContains: \"INSTAGRAM WITHOUT\") { nodes { text } } }")
                .body("data.claims.nodes.text", contains("Threads is just Instagram without photos (operated by Meta)"));
        GraphQL.post("{ claims(from: \"2025-01-01\") { nodes { statedOn } } }")
                .body("data.claims.nodes.statedOn", everyItem(not(org.hamcrest.Matchers.lessThan("2025-01-01"))));
        GraphQL.post("{ claims(from: \"2025-01-01\", to: \"2024-01-01\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void eventsInvestmentsAndRivalriesByPartyDateAndValue() {
        String musk = GraphQL.idOf("person(name: \"Elon Musk\")");
        GraphQL.post("query($m: ID) { events(participant: $m, from: \"2025-01-01\", to: \"2025-12-31\") "
                + "{ nodes { date title } } }", Map.of("m", musk))
                .body("data.events.nodes.date", contains("2025-02-01", "2025-04-09"));
        GraphQL.post("{ investments(orderBy: {field: VALUE, direction: DESC}, first: 2) { nodes { amount { amount } } } }")
                .body("data.investments.nodes.amount.amount", contains(97_400_000_000L, 13_000_000_000L));
        GraphQL.post("query($m: ID) { rivalries(party: $m) { nodes { title } } }", Map.of("m", musk))
                .body("data.rivalries.nodes.title", hasItems("Musk vs Zuckerberg", "Altman vs Musk"));
        GraphQL.post("{ people(orderBy: {field: DATE}) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("NAME"));
        GraphQL.post("{ sources(orderBy: {field: DATE, direction: DESC}, first: 1) { nodes { publishedOn } } }")
                .body("data.sources.nodes[0].publishedOn", equalTo("2025-04-01"));
    }

    @Test
    void searchRanksNamesAboveTexts() {
        GraphQL.post("""
                { search(text: "twitter", first: 5) { score matched node { __typename ... on Organization { name } } } }
                """)
                .body("data.search[0].matched", equalTo("Twitter"))
                .body("data.search[0].node.__typename", org.hamcrest.Matchers.oneOf("Organization", "Product"));
        GraphQL.post("{ search(text: \"sensor tower\", types: [CITATION]) { node { __typename ... on Citation { excerpt } } } }")
                .body("data.search.node.__typename", everyItem(equalTo("Citation")))
                .body("data.search.node.excerpt", everyItem(containsString("Sensor Tower")));
        GraphQL.post("{ search(text: \"x\") { score } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
