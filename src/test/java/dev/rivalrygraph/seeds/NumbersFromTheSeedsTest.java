package dev.rivalrygraph.seeds;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.OnlyTheSeeds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No figure is invented: every user metric and every sum of money is printed in one of its own excerpts, or is
 * worked out from them and says how in its {@code inferred} note.
 */
@QuarkusTest
@TestProfile(OnlyTheSeeds.class)
class NumbersFromTheSeedsTest {

    @Test
    void everyUserMetricIsWrittenInItsCitation() {
        JsonPath answer = GraphQL.post("{ products { nodes { name userMetrics { kind value inferred citations { excerpt } } } } }")
                .extract().jsonPath();
        List<String> unsupported = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> product : answer.<Map<String, Object>>getList("data.products.nodes")) {
            for (Object m : (List<?>) product.get("userMetrics")) {
                Map<?, ?> metric = (Map<?, ?>) m;
                long value = ((Number) metric.get("value")).longValue();
                String written = "RANKING".equals(metric.get("kind")) ? ordinal(value) : inWords(new BigDecimal(value));
                checked++;
                if (!excerpts(metric).contains(written) && !inferred(metric).contains(written)) {
                    unsupported.add(product.get("name") + " " + metric.get("kind") + " " + written);
                }
            }
        }
        assertEquals(List.of(), unsupported);
        assertEquals(9, checked, "the seeds report nine user figures");
    }

    @Test
    void everySumOfMoneyIsWrittenInItsCitation() {
        JsonPath answer = GraphQL.post("""
                { investments { nodes { description inferred
                    amount { amount localAmount } valuationBefore { amount localAmount } valuationAfter { amount localAmount }
                    citations { excerpt } } } }
                """).extract().jsonPath();
        List<String> unsupported = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> investment : answer.<Map<String, Object>>getList("data.investments.nodes")) {
            String excerpts = excerpts(investment);
            for (String field : List.of("amount", "valuationBefore", "valuationAfter")) {
                Map<?, ?> money = (Map<?, ?>) investment.get(field);
                if (money == null) {
                    continue;
                }
                for (String part : List.of("amount", "localAmount")) {
                    Object value = money.get(part);
                    if (value != null) {
                        checked++;
                        String written = inWords(new BigDecimal(value.toString()));
                        if (!excerpts.contains(written) && !inferred(investment).contains(written)) {
                            unsupported.add(investment.get("description") + ": " + written);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), unsupported);
        assertTrue(checked >= 12, "only " + checked + " sums checked");
    }

    private static String excerpts(Map<?, ?> fact) {
        StringBuilder all = new StringBuilder();
        for (Object c : (List<?>) fact.get("citations")) {
            all.append(((Map<?, ?>) c).get("excerpt")).append('\n');
        }
        return all.toString();
    }

    /** How the record's figure was worked out, when no excerpt prints it ("3 x $97.4 billion = 292.2 billion"). */
    private static String inferred(Map<?, ?> fact) {
        return fact.get("inferred") == null ? "" : (String) fact.get("inferred");
    }

    /** 27000000 as "27 million", 8200000000000 as "8.2 trillion": how the articles write their figures. */
    static String inWords(BigDecimal value) {
        String[] names = { "trillion", "billion", "million" };
        BigDecimal[] scales = { new BigDecimal("1e12"), new BigDecimal("1e9"), new BigDecimal("1e6") };
        for (int i = 0; i < names.length; i++) {
            if (value.compareTo(scales[i]) >= 0) {
                return value.divide(scales[i]).stripTrailingZeros().toPlainString() + " " + names[i];
            }
        }
        return value.toPlainString();
    }

    private static String ordinal(long rank) {
        return switch ((int) rank) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> rank + "th";
        };
    }
}
