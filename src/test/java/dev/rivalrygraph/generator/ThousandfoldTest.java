package dev.rivalrygraph.generator;

import dev.rivalrygraph.GraphQL;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paths and conflicts on a graph a thousand times the seeds (the generator's copies: 225,000 facts), answered
 * correctly and within a bound. The bounds are loose (CI machines are shared); the printed timings are what the
 * closing notes and README quote.
 */
@QuarkusTest
@TestProfile(ThousandfoldTest.ProductionTimeouts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThousandfoldTest {

    /** The production statement timeout (10 s), not the tests' 2 s: a whole-graph scan of 1000x may need more. */
    public static class ProductionTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rivalry.query-timeout-ms", "10000");
        }
    }

    private static final int SCALE = 1000;
    /** Far above what a warm query takes here (about a second), far below a hang or a per-row query. */
    private static final Duration BOUND = Duration.ofSeconds(8);

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    void scaleUp() throws SQLException {
        long start = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            SyntheticData.Result result = SyntheticData.scale(db, SCALE);
            System.out.printf("TIMING generated %dx: %d facts, %d citations in %.1f s%n", SCALE, result.facts(),
                    result.citations(), (System.nanoTime() - start) / 1e9);
        }
    }

    @AfterAll
    void backToTheSeeds() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            SyntheticData.scale(db, 1);
        }
    }

    @Test
    void shortestPathsStayShortAndQuick() {
        String musk = GraphQL.idOf("person(name: \"Elon Musk\")");
        String zuckerberg = GraphQL.idOf("person(name: \"Mark Zuckerberg\")");
        String altman = GraphQL.idOf("person(name: \"Sam Altman\")");
        String threads = GraphQL.idOf("product(name: \"Threads\")");
        String shazeer = GraphQL.idOf("person(name: \"Noam Shazeer\")");

        timed("path, 1 hop (Musk to Zuckerberg)", () -> chains(musk, zuckerberg))
                .body("data.chains.length", everyItem(equalTo(1)));
        timed("path, 2 hops (Altman to Zuckerberg)", () -> chains(altman, zuckerberg))
                .body("data.chains.length", everyItem(equalTo(2)));
        timed("path, 3 hops (Threads to Noam Shazeer)", () -> chains(threads, shazeer))
                .body("data.chains.length", everyItem(equalTo(3)))
                .body("data.chains.collect { it.hops.relation }", hasItem(contains("OWNS", "PARTNERSHIP", "ROLE")));
    }

    @Test
    void everyCopysConflictsAreFoundQuickly() {
        // Each copy repeats the seeds' conflicts about its own people, organizations and products.
        timed("conflicts, first page of all", () -> GraphQL.post(
                "{ conflicts(first: 50) { totalCount nodes { property values { value records { id } } } } }"))
                .body("data.conflicts.totalCount", greaterThanOrEqualTo(6 * SCALE))
                .body("data.conflicts.nodes", hasSize(50));
        String later = GraphQL.post("{ conflicts(first: 100) { pageInfo { endCursor } } }")
                .extract().path("data.conflicts.pageInfo.endCursor");
        timed("conflicts, a later page of all", () -> GraphQL.post(
                "{ conflicts(first: 50, after: \"" + later + "\") { nodes { property } } }"))
                .body("data.conflicts.nodes", hasSize(50));
        timed("conflicts of a seed product (LLaMA)", () -> GraphQL.post(
                "{ product(name: \"LLaMA\") { conflicts { nodes { property values { value } } } } }"))
                .body("data.product.conflicts.nodes.property", hasSize(2));
        timed("conflicts of a copy (LLaMA #500)", () -> GraphQL.post(
                "{ product(name: \"LLaMA #500\") { conflicts { nodes { property values { value } } } } }"))
                .body("data.product.conflicts.nodes.property", hasSize(2));
        String shazeer = "{ person(name: \"Noam Shazeer\") { conflicts(first: 10) { totalCount nodes { qualifier } } } }";
        int seedShazeer = GraphQL.post(shazeer).extract().path("data.person.conflicts.totalCount");
        assertTrue(seedShazeer > 0, "the seeds have a conflict about Noam Shazeer");
        timed("conflicts of a person (Noam Shazeer #500)",
                () -> GraphQL.post(shazeer.replace("Noam Shazeer", "Noam Shazeer #500")))
                .body("data.person.conflicts.totalCount", equalTo(seedShazeer));
        timed("conflicts of 100 products at once", () -> GraphQL.post(
                "{ products(first: 100) { nodes { conflicts(first: 5) { totalCount } } } }"))
                .body("data.products.nodes", hasSize(100));
    }

    private static ValidatableResponse chains(String from, String to) {
        return GraphQL.post("query($a: ID!, $b: ID!) { chains(from: $a, to: $b, maxHops: 6, first: 5) {"
                + " length hops { relation via { citations { excerpt } } } } }", Map.of("a", from, "b", to));
    }

    /** Runs the query twice (the first warms caches and JIT) and bounds the second. */
    private static ValidatableResponse timed(String what, Supplier<ValidatableResponse> query) {
        long cold = System.nanoTime();
        query.get().body("errors", nullValue());
        long warm = System.nanoTime();
        ValidatableResponse response = query.get().body("errors", nullValue());
        Duration took = Duration.ofNanos(System.nanoTime() - warm);
        System.out.printf("TIMING %dx %s: %.2f s cold, %.2f s warm%n", SCALE, what, (warm - cold) / 1e9,
                took.toMillis() / 1e3);
        assertTrue(took.compareTo(BOUND) < 0, what + " took " + took);
        return response;
    }
}
