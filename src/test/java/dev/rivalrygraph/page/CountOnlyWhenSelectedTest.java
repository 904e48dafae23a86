package dev.rivalrygraph.page;

import dev.rivalrygraph.Uncached;
import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Counting a list (totalCount) and looking beyond a cursor (hasPreviousPage after `after`) cost a statement each,
 * and only when the client selects them. The statements are
 * counted with Hibernate's statistics (on in the test profile); the list's rank rule applies to the count, which
 * runs when the field is read, outside the resolver.
 */
@QuarkusTest
@TestProfile(Uncached.class)
class CountOnlyWhenSelectedTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theCountIsOneStatementMoreWhenSelectedOnly() {
        long page = statementsFor("{ claims(first: 10) { nodes { id } pageInfo { hasNextPage endCursor } } }");
        assertEquals(page + 1, statementsFor("{ claims(first: 10) { totalCount nodes { id } } }"));
        GraphQL.post("{ claims(first: 10) { totalCount } all: claims(first: 100) { nodes { id } } }")
                .body("errors", nullValue())
                .body("data.claims.totalCount", greaterThan(10));
    }

    @Test
    void lookingBeyondACursorOnlyWhenTheFlagIsSelected() {
        String end = GraphQL.post("{ people(first: 2) { pageInfo { endCursor } } }").body("errors", nullValue())
                .extract().path("data.people.pageInfo.endCursor");
        String next = "query($after: String) { people(first: 2, after: $after) { nodes { id } %s } }";
        long page = statementsFor(next.formatted("pageInfo { hasNextPage endCursor }"), Map.of("after", end));
        assertEquals(page + 1, statementsFor(next.formatted("pageInfo { hasPreviousPage }"), Map.of("after", end)));
        GraphQL.post(next.formatted("pageInfo { hasPreviousPage }"), Map.of("after", end))
                .body("data.people.pageInfo.hasPreviousPage", equalTo(true));
    }

    @Test
    void theCountKeepsTheRequestsRanks() {
        String token = CursorsUnderWritesTest.token();
        String claim = CursorsUnderWritesTest.CLAIMS.add(CursorsUnderWritesTest.source(), token, 1);
        CursorsUnderWritesTest.deprecate(java.util.List.of(claim));
        String count = "{ claims(textContains: \"" + token + "\", ranks: %s) { totalCount } }";
        GraphQL.post(count.formatted("BEST")).body("data.claims.totalCount", equalTo(0));
        GraphQL.post(count.formatted("ALL")).body("data.claims.totalCount", equalTo(1));
    }

    private long statementsFor(String query) {
        return statementsFor(query, Map.of());
    }

    private long statementsFor(String query, Map<String, String> variables) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.post(query, variables).body("errors", nullValue());
        return statistics.getPrepareStatementCount();
    }
}
