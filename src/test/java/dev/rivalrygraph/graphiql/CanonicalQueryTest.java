package dev.rivalrygraph.graphiql;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The question the product exists to answer, in one request, exactly as GraphiQL opens with it. */
@QuarkusTest
class CanonicalQueryTest {

    private static final String THREADS = "data.person.companies.find { it.name == 'Meta Platforms' }"
            + ".products.find { it.name == 'Threads' }.userMetrics";

    @Test
    void zuckerbergsCompaniesProductsAndThreadsFiguresWithTheirSources() {
        GraphQL.post(CanonicalQuery.QUERY)
                .body("errors", nullValue())
                .body("data.person.name", equalTo("Mark Zuckerberg"))
                .body("data.person.companies.name", hasItem("Meta Platforms"))
                .body("data.person.companies.find { it.name == 'Meta Platforms' }.products.name",
                        hasItems("Threads", "Instagram", "Facebook", "WhatsApp", "MetaAI"))
                .body(THREADS + ".kind", containsInAnyOrder("SIGN_UPS", "DAU", "MAU"))
                // "Threads surpassed 100 million subscribers within five days of its launch in July last year"
                .body(THREADS + ".find { it.kind == 'SIGN_UPS' }.value", equalTo(100_000_000))
                .body(THREADS + ".find { it.kind == 'SIGN_UPS' }.periodStart", equalTo("2023-07-01"))
                // Sensor Tower: in February (2024), U.S. DAU of X 27 million, Threads 1.6 million
                .body(THREADS + ".find { it.kind == 'DAU' }.value", equalTo(1_600_000))
                .body(THREADS + ".find { it.kind == 'DAU' }.region", equalTo("U.S."))
                .body(THREADS + ".find { it.kind == 'DAU' }.periodStart", equalTo("2024-02-01"))
                .body(THREADS + ".find { it.kind == 'DAU' }.periodEnd", equalTo("2024-02-29"))
                // Q1 2024, worldwide MAU: Threads 85 million
                .body(THREADS + ".find { it.kind == 'MAU' }.value", equalTo(85_000_000))
                .body(THREADS + ".find { it.kind == 'MAU' }.region", equalTo("worldwide"))
                .body(THREADS + ".find { it.kind == 'MAU' }.periodStart", equalTo("2024-01-01"))
                .body(THREADS + ".find { it.kind == 'MAU' }.periodEnd", equalTo("2024-03-31"))
                // ... and who says so: each figure cites The Asia Business Daily's article of 2024-05-31.
                .body(THREADS + ".citations.flatten().source.publisher", everyItem(equalTo("The Asia Business Daily")))
                .body(THREADS + ".citations.flatten().source.publishedOn", everyItem(equalTo("2024-05-31")))
                .body(THREADS + ".find { it.kind == 'DAU' }.citations.excerpt",
                        contains(org.hamcrest.Matchers.containsString("Sensor Tower")))
                .body(THREADS + ".citations", everyItem(not(org.hamcrest.Matchers.empty())));
    }

    @Test
    void metricsNarrowByKindAndRegion() {
        GraphQL.post("""
                { product(name: "Threads") { userMetrics(kind: DAU, region: "u.s.") { value measuredBy { name } } } }
                """)
                .body("data.product.userMetrics.value", contains(1_600_000))
                .body("data.product.userMetrics[0].measuredBy.name", equalTo("Sensor Tower"));
        GraphQL.post("{ product(name: \"X\") { userMetrics(kind: MAU) { value region precision } } }")
                .body("data.product.userMetrics.value", contains(349_000_000))
                .body("data.product.userMetrics[0].precision", equalTo("QUARTER"))
                .body("data.product.userMetrics[0].region", notNullValue());
    }
}
