package dev.rivalrygraph.timeline;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Timelines and metric comparisons on the seeds, the expected answers worked out from article 000. */
@QuarkusTest
class TimelineAndComparisonTest {


    private static final String COMPARE = """
            query($p: [String!]!, $k: MetricKind!, $r: String, $d: Date) {
              compareMetrics(products: $p, kind: $k, region: $r, period: $d) {
                comparable warnings metrics { value region precision citations { excerpt } } ratios { value }
              }
            }""";

    private static io.restassured.response.ValidatableResponse compare(String kind, String region, String period) {
        String vars = "{\"p\":[\"" + GraphQL.idOf("product(name: \"X\")") + "\",\""
                + GraphQL.idOf("product(name: \"Threads\")") + "\"],"
                + "\"k\":\"" + kind + "\"" + (region == null ? "" : ",\"r\":\"" + region + "\"")
                + (period == null ? "" : ",\"d\":\"" + period + "\"") + "}";
        return io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"query\":" + jakarta.json.Json.createValue(COMPARE) + ",\"variables\":" + vars + "}")
                .post("/graphql").then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void xAndThreadsDailyUsersCompareFairly() {
        // Sensor Tower, February 2024, U.S.: X 27 million, Threads 1.6 million: X has 16.875 times as many.
        compare("DAU", null, null)
                .body("data.compareMetrics.comparable", equalTo(true))
                .body("data.compareMetrics.warnings", org.hamcrest.Matchers.empty())
                .body("data.compareMetrics.metrics.value", contains(27_000_000, 1_600_000))
                .body("data.compareMetrics.ratios.value", contains(16.875f))
                .body("data.compareMetrics.metrics[1].citations[0].excerpt", containsString("Sensor Tower"));
        // Q1 2024 worldwide MAU: 349 million against 85 million; 15 February lies in that quarter.
        compare("MAU", "worldwide", "2024-02-15")
                .body("data.compareMetrics.comparable", equalTo(true))
                .body("data.compareMetrics.metrics.precision", everyItem(equalTo("QUARTER")))
                .body("data.compareMetrics.ratios.value", contains(4.1059f));
    }

    @Test
    void aComparisonSaysWhenItIsNotOne() {
        // Only Threads has a sign-up figure.
        compare("SIGN_UPS", null, null)
                .body("data.compareMetrics.comparable", equalTo(false))
                .body("data.compareMetrics.warnings", contains("X has no SIGN_UPS figure."))
                .body("data.compareMetrics.ratios", org.hamcrest.Matchers.empty());
        // No figure covers a day outside every measured period.
        compare("DAU", null, "2020-01-01")
                .body("data.compareMetrics.comparable", equalTo(false));
    }

    @Test
    void aProductsTimelineRunsInDateOrderWithPrecision() {
        JsonPath timeline = GraphQL.post("query($s: ID!) { timeline(subject: $s, first: 100) { totalCount nodes { date "
                + "precision kind summary node { __typename } } } }", Map.of("s", GraphQL.idOf("product(name: \"Threads\")")))
                .body("data.timeline.nodes.kind", hasItem("LAUNCH"))
                .body("data.timeline.nodes.find { it.kind == 'LAUNCH' }.date", equalTo("2023-07-01"))
                .body("data.timeline.nodes.find { it.kind == 'LAUNCH' }.precision", equalTo("MONTH"))
                .body("data.timeline.nodes.findAll { it.kind == 'METRIC' }.date",
                        contains("2023-07-01", "2024-01-01", "2024-02-01"))
                .extract().jsonPath();
        List<String> dates = timeline.getList("data.timeline.nodes.findAll { it.date != null }.date");
        assertEquals(dates.stream().sorted().toList(), dates, "dated entries in date order");
    }

    @Test
    void aRivalrysTimelineAndAnActorsWithinDates() {
        GraphQL.post("query($s: ID!) { timeline(subject: $s, first: 1) { nodes { date kind summary } } }",
                        Map.of("s", GraphQL.idOf("rivalry(title: \"Musk vs Zuckerberg\")")))
                // "June last year ... even challenges to a cage fight" (000, May 2024)
                .body("data.timeline.nodes[0].date", equalTo("2023-06-01"))
                .body("data.timeline.nodes[0].summary", containsString("Cage-fight"));
        GraphQL.post("query($s: ID!) { timeline(subject: $s, from: \"2025-01-01\", to: \"2025-12-31\") "
                        + "{ nodes { date kind } } }", Map.of("s", GraphQL.idOf("person(name: \"Elon Musk\")")))
                .body("data.timeline.nodes.date", everyItem(greaterThanOrEqualTo("2025-01-01")))
                .body("data.timeline.nodes.date", everyItem(lessThanOrEqualTo("2025-12-31")))
                .body("data.timeline.nodes.kind", hasItem("INVESTMENT"));
        GraphQL.post("query($s: ID!) { timeline(subject: $s) { totalCount } }",
                        Map.of("s", GraphQL.idOf("source(title: \"Zuckerberg vs Musk.\")")))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.oneOf("BAD_USER_INPUT", "NOT_FOUND"));
    }
}
