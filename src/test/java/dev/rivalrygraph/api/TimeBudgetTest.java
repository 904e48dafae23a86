package dev.rivalrygraph.api;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.graphiql.CanonicalQuery;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/** Execution stops when a request's time budget is spent: here the budget is zero, so nothing may run. */
@QuarkusTest
@TestProfile(TimeBudgetTest.NoTime.class)
class TimeBudgetTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rivalry.limits.time-budget", "0s");
        }
    }

    @Test
    void aRequestPastItsBudgetStopsWithATypedError() {
        GraphQL.post(CanonicalQuery.QUERY)
                .body("data.person", nullValue())
                .body("errors.extensions.code", everyItem(equalTo("LIMIT_EXCEEDED")))
                .body("errors[0].message", containsString("time budget"));
    }
}
