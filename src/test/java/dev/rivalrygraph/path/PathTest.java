package dev.rivalrygraph.path;

import dev.rivalrygraph.GraphQL;
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


    private static ValidatableResponse chains(String from, String to, int maxHops) {
        return GraphQL.post("query($a: ID!, $b: ID!) { chains(from: $a, to: $b, maxHops: " + maxHops
                + ", first: 20) { length hops { from { name } to { name } relation via { citations { excerpt } } } } }",
                Map.of("a", from, "b", to));
    }

    @Test
    void rivalsAreOneHopApart() {
        chains(GraphQL.idOf("person(name: \"Elon Musk\")"), GraphQL.idOf("person(name: \"Mark Zuckerberg\")"), 4)
                .body("data.chains.length", everyItem(equalTo(1)))
                .body("data.chains.hops.flatten().relation", hasItem("RIVALRY"))
                .body("data.chains.hops.flatten().via.citations.flatten()", not(empty()));
    }

    @Test
    void altmanReachesZuckerbergInTwoHopsNotOne() {
        String altman = GraphQL.idOf("person(name: \"Sam Altman\")");
        String zuckerberg = GraphQL.idOf("person(name: \"Mark Zuckerberg\")");
        chains(altman, zuckerberg, 1).body("data.chains", empty());
        chains(altman, zuckerberg, 4)
                .body("data.chains.length", everyItem(equalTo(2)))
                .body("data.chains.collect { it.hops[0].from.name }", everyItem(equalTo("Sam Altman")))
                .body("data.chains.collect { it.hops[1].to.name }", everyItem(equalTo("Mark Zuckerberg")));
    }

    @Test
    void threadsReachesCharacterAisFounderThroughMetasTalks() {
        // Threads is Meta's (000); Meta held partnership talks with Character.AI (002); Noam Shazeer founded it (000).
        chains(GraphQL.idOf("product(name: \"Threads\")"), GraphQL.idOf("person(name: \"Noam Shazeer\")"), 6)
                .body("data.chains.length", everyItem(equalTo(3)))
                .body("data.chains.collect { it.hops.relation }", hasItem(
                        org.hamcrest.Matchers.contains("OWNS", "PARTNERSHIP", "ROLE")));
    }

    @Test
    void hopsAreBoundedAndIdsChecked() {
        String musk = GraphQL.idOf("person(name: \"Elon Musk\")");
        chains(musk, musk, 7).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        chains(musk, GraphQL.idOf("source(title: \"Zuckerberg vs Musk.\")"), 3)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
