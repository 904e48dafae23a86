package dev.rivalrygraph;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Shortest cited chains between subjects, worked out from the seeds. */
@QuarkusTest
class PathTest {


    private static ValidatableResponse connection(String from, String to, int maxHops) {
        return GraphQL.post("query($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: " + maxHops
                + ", first: 20) { length hops { from { name } to { name } relation via { citations { excerpt } } } } }",
                Map.of("a", from, "b", to));
    }

    @Test
    void rivalsAreOneHopApart() {
        connection(GraphQL.idOf("person(name: \"Elon Musk\")"), GraphQL.idOf("person(name: \"Mark Zuckerberg\")"), 4)
                .body("data.connection.length", everyItem(equalTo(1)))
                .body("data.connection.hops.flatten().relation", hasItem("RIVALRY"))
                .body("data.connection.hops.flatten().via.citations.flatten()", not(empty()));
    }

    @Test
    void altmanReachesZuckerbergInTwoHopsNotOne() {
        String altman = GraphQL.idOf("person(name: \"Sam Altman\")");
        String zuckerberg = GraphQL.idOf("person(name: \"Mark Zuckerberg\")");
        connection(altman, zuckerberg, 1).body("data.connection", empty());
        connection(altman, zuckerberg, 4)
                .body("data.connection.length", everyItem(equalTo(2)))
                .body("data.connection.collect { it.hops[0].from.name }", everyItem(equalTo("Sam Altman")))
                .body("data.connection.collect { it.hops[1].to.name }", everyItem(equalTo("Mark Zuckerberg")));
    }

    @Test
    void threadsReachesCharacterAisFounderThroughMetasTalks() {
        // Threads is Meta's (000); Meta held partnership talks with Character.AI (002); Noam Shazeer founded it (000).
        connection(GraphQL.idOf("product(name: \"Threads\")"), GraphQL.idOf("person(name: \"Noam Shazeer\")"), 6)
                .body("data.connection.length", everyItem(equalTo(3)))
                .body("data.connection.collect { it.hops.relation }", hasItem(
                        org.hamcrest.Matchers.contains("OWNS", "PARTNERSHIP", "ROLE")));
    }

    @Test
    void hopsAreBoundedAndIdsChecked() {
        String musk = GraphQL.idOf("person(name: \"Elon Musk\")");
        connection(musk, musk, 7).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        connection(musk, GraphQL.idOf("source(title: \"Zuckerberg vs Musk.\")"), 3)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
