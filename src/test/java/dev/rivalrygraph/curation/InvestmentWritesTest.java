package dev.rivalrygraph.curation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** addInvestment and updateInvestment: the money shows on both sides; a refused write changes nothing. */
@QuarkusTest
class InvestmentWritesTest {

    private static final String RECEIVED = "... on Organization { investmentsReceived { id kind status qualifier"
            + " amount { amount currency } valuationAfter { amount currency } investor { id } } }";

    @Test
    void anInvestmentShowsOnInvestorAndInvesteeAndAnUpdateReplacesTheAmount() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String globex = Curate.organizationId(source, "Globex " + source);
        String investment = Curate.add("Investment", round(source, globex, acme, 1_000_000), "id status")
                .body("errors", nullValue())
                .body("data.addInvestment.status", equalTo("DONE"))
                .extract().path("data.addInvestment.id");
        Curate.node(acme, RECEIVED)
                .body("data.node.investmentsReceived.id", contains(investment))
                .body("data.node.investmentsReceived[0].kind", equalTo("FUNDING_ROUND"))
                .body("data.node.investmentsReceived[0].qualifier", equalTo("EXACT"))
                .body("data.node.investmentsReceived[0].amount.amount", equalTo(1_000_000))
                .body("data.node.investmentsReceived[0].amount.currency", equalTo("USD"))
                .body("data.node.investmentsReceived[0].valuationAfter.amount", equalTo(50_000_000))
                .body("data.node.investmentsReceived[0].investor.id", equalTo(globex));
        Curate.node(globex, "... on Organization { investmentsMade { id } }")
                .body("data.node.investmentsMade.id", contains(investment));

        Map<String, Object> more = round(source, globex, acme, 2_000_000);
        more.put("qualifier", "AT_LEAST");
        Curate.update("Investment", investment, 0, more, "version").body("errors", nullValue())
                .body("data.updateInvestment.version", equalTo(1));
        Curate.node(acme, RECEIVED)
                .body("data.node.investmentsReceived[0].amount.amount", equalTo(2_000_000))
                .body("data.node.investmentsReceived[0].qualifier", equalTo("AT_LEAST"));
    }

    @Test
    void aRefusedInvestmentChangesNothing() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String globex = Curate.organizationId(source, "Globex " + source);
        Map<String, Object> toNobody = round(source, globex, acme, 1_000_000);
        toNobody.remove("investee");
        Curate.add("Investment", toNobody, "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.investee"));
        Curate.node(globex, "... on Organization { investmentsMade { id } }")
                .body("data.node.investmentsMade", empty());

        String investment = Curate.add("Investment", round(source, globex, acme, 1_000_000), "id")
                .extract().path("data.addInvestment.id");
        Map<String, Object> twoCurrencies = round(source, globex, acme, 1_000_000);
        twoCurrencies.put("valuationAfter", Map.of("amount", 50_000_000, "currency", "EUR"));
        Curate.update("Investment", investment, 0, twoCurrencies, "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.valuationAfter.currency"));
        Curate.node(investment, "... on Investment { version valuationAfter { currency } }")
                .body("data.node.version", equalTo(0))
                .body("data.node.valuationAfter.currency", equalTo("USD"));
    }

    private static Map<String, Object> round(String source, String investor, String investee, long amount) {
        return input(source, "Acme Robotics said on Monday", "investor", investor, "investee", investee,
                "kind", "FUNDING_ROUND", "status", "DONE", "amount", Map.of("amount", amount, "currency", "USD"),
                "valuationAfter", Map.of("amount", 50_000_000, "currency", "USD"),
                "date", "2025-03-01", "precision", "MONTH");
    }
}
