package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Refused inputs: each error is BAD_USER_INPUT and names the field, and the write does not happen. */
@QuarkusTest
class ValidationTest {

    private static final String ADD_METRIC = "mutation($input: UserMetricValues!) { addUserMetric(input: $input) {"
            + " id value } }";
    private static final String ADD_INVESTMENT = "mutation($input: InvestmentValues!) { addInvestment(input: $input)"
            + " { id amount { amount currency } } }";

    @Test
    void aBlankOrOverlongNameIsRefusedNamingTheField() {
        String source = Curate.source();
        GraphQL.postAsCurator(Curate.ADD_PERSON, Map.of("input", input(source, "Jane Roe", "name", "  ")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.name"))
                .body("errors[0].message", containsString("input.name"));
        GraphQL.postAsCurator(Curate.ADD_PERSON, Map.of("input", input(source, "Jane Roe", "name", "x".repeat(301))))
                .body("errors[0].extensions.field", equalTo("input.name"))
                .body("errors[0].extensions.violations.field", hasItem("input.name"));
    }

    @Test
    void aBlankExcerptIsRefusedNamingTheCitation() {
        GraphQL.postAsCurator(Curate.ADD_PERSON, Map.of("input", input(Curate.source(), " ", "name", "Blank Quote")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.citations[0].excerpt"));
    }

    @Test
    void numbersOutOfRangeAndUnknownCurrenciesAreRefused() {
        String source = Curate.source();
        GraphQL.postAsCurator(ADD_METRIC, Map.of("input", input(source, "passed 5 million daily users",
                        "product", zed(source), "kind", "DAU", "value", -5)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.value"));
        GraphQL.postAsCurator(ADD_INVESTMENT, Map.of("input", input(source, "Acme Robotics said",
                        "investee", acme(source), "kind", "FUNDING_ROUND", "status", "DONE",
                        "amount", Map.of("amount", 1000, "currency", "usd"))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.amount.currency"));
        GraphQL.postAsCurator(ADD_INVESTMENT, Map.of("input", input(source, "Acme Robotics said",
                        "investee", acme(source), "kind", "FUNDING_ROUND", "status", "DONE",
                        "amount", Map.of("amount", 1000, "currency", "XYZ"))))
                .body("errors[0].extensions.field", equalTo("input.amount.currency"));
    }

    @Test
    void aDateMustBeTheFirstDayOfItsPeriod() {
        String source = Curate.source();
        GraphQL.postAsCurator(ADD_METRIC, Map.of("input", input(source, "passed 5 million daily users",
                        "product", zed(source), "kind", "DAU", "value", 5_000_000, "periodStart", "2025-03-15",
                        "precision", "MONTH")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.periodStart"))
                .body("errors[0].message", containsString("2025-03-01"));
    }

    @Test
    void anUnknownEnumValueIsRefusedBeforeAnythingRuns() {
        GraphQL.postAsCurator(Curate.ADD_ORGANIZATION, Map.of("input", input(Curate.source(), "Acme Robotics",
                        "name", "Acme Enum", "kind", "CONGLOMERATE_OF_DOOM")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("CONGLOMERATE_OF_DOOM"));
    }

    @Test
    void anIdOfTheWrongTypeIsRefusedNamingTheField() {
        String source = Curate.source();
        // A source's id where a product's is expected.
        GraphQL.postAsCurator(ADD_METRIC, Map.of("input", input(source, "passed 5 million daily users",
                        "product", source, "kind", "DAU", "value", 5)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.product"));
        GraphQL.postAsCurator(Curate.ADD_PERSON, Map.of("input", Map.of("name", "Nobody", "citations",
                        List.of(Map.of("source", "bm90IGFuIGlk", "excerpt", "Acme")))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.citations[0].source"));
    }

    private static String acme(String source) {
        return Curate.organizationId(source, "Acme " + source);
    }

    private static String zed(String source) {
        return Curate.productId(source, "Zed " + source);
    }
}
