package dev.rivalrygraph.curation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** addUserMetric and updateUserMetric: a figure shows on its product; a refused write changes nothing. */
@QuarkusTest
class UserMetricWritesTest {

    private static final String METRICS = "... on Product { userMetrics { id kind value region periodStart"
            + " precision measuredBy { id } } }";

    @Test
    void aFigureShowsOnItsProductAndAnUpdateReplacesIt() {
        String source = Curate.source();
        String zed = Curate.productId(source, "Zed " + source);
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String metric = Curate.add("UserMetric", dau(source, zed, 5_000_000), "id value")
                .body("errors", nullValue())
                .body("data.addUserMetric.value", equalTo(5_000_000))
                .extract().path("data.addUserMetric.id");
        Curate.node(zed, METRICS)
                .body("data.node.userMetrics.id", contains(metric))
                .body("data.node.userMetrics[0].kind", equalTo("DAU"))
                .body("data.node.userMetrics[0].periodStart", equalTo("2025-03-01"))
                .body("data.node.userMetrics[0].precision", equalTo("MONTH"))
                .body("data.node.userMetrics[0].measuredBy", nullValue());

        Map<String, Object> measured = dau(source, zed, 5_100_000);
        measured.put("region", "Worldwide");
        measured.put("measuredBy", acme);
        Curate.update("UserMetric", metric, 0, measured, "version").body("errors", nullValue())
                .body("data.updateUserMetric.version", equalTo(1));
        Curate.node(zed, METRICS)
                .body("data.node.userMetrics[0].value", equalTo(5_100_000))
                .body("data.node.userMetrics[0].region", equalTo("Worldwide"))
                .body("data.node.userMetrics[0].measuredBy.id", equalTo(acme));
    }

    @Test
    void aRefusedFigureChangesNothing() {
        String source = Curate.source();
        String zed = Curate.productId(source, "Zed " + source);
        Map<String, Object> backwards = dau(source, zed, 5_000_000);
        backwards.put("periodEnd", "2025-02-01");
        Curate.add("UserMetric", backwards, "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.periodEnd"));
        Curate.node(zed, METRICS).body("data.node.userMetrics", empty());

        String metric = Curate.add("UserMetric", dau(source, zed, 5_000_000), "id")
                .extract().path("data.addUserMetric.id");
        // A product where the measuring organization is expected.
        Map<String, Object> measuredByAProduct = dau(source, zed, 6_000_000);
        measuredByAProduct.put("measuredBy", zed);
        Curate.update("UserMetric", metric, 0, measuredByAProduct, "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.measuredBy"));
        Curate.node(metric, "... on UserMetric { value version }")
                .body("data.node.value", equalTo(5_000_000))
                .body("data.node.version", equalTo(0));
    }

    private static Map<String, Object> dau(String source, String product, long value) {
        return input(source, "passed 5 million daily users", "product", product, "kind", "DAU", "value", value,
                "periodStart", "2025-03-01", "precision", "MONTH");
    }
}
