package dev.rivalrygraph;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /q/metrics counts and times every GraphQL operation executed, in Prometheus' text format. */
@QuarkusTest
class MetricsTest {

    @Test
    void eachQueryIsCountedAndTimedPerOperation() {
        double before = count("person");
        for (int i = 0; i < 3; i++) {
            // Three different questions: a repeated one would be answered from the response cache, not executed.
            GraphQL.post("{ person(name: \"Elon Musk\") { n" + i + ": name } }").body("errors", nullValue());
        }
        assertEquals(before + 3, count("person"), "three person queries counted");
        assertTrue(sample("mp_graphql_seconds_sum", "person") > 0, "their time is recorded");
    }

    /** The value of one sample of the per-operation timer, or 0 before the first call. */
    private static double sample(String metric, String operation) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^" + metric + "\\{([^}]*)} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        while (line.find()) {
            String labels = line.group(1);
            if (labels.contains("name=\"" + operation + "\"") && labels.contains("type=\"QUERY\"")) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }

    private static double count(String operation) {
        return sample("mp_graphql_seconds_count", operation);
    }
}
