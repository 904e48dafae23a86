package dev.rivalrygraph.live;

import dev.rivalrygraph.AddedFacts;
import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.GraphQLOverWebSocket;
import dev.rivalrygraph.fact.Rank;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.role.Role;
import dev.rivalrygraph.role.RoleKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code factChanged} over the graphql-transport-ws protocol, as a browser client would use it: connect, init,
 * subscribe, and receive the facts that committed transactions add, filtered by subject.
 */
@QuarkusTest
@TestProfile(SubscriptionTest.ShortTimeBudget.class)
class SubscriptionTest {

    /** Shorter than the wait for the first event: a request's time budget must not end a subscription. */
    public static class ShortTimeBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rivalry.limits.time-budget", "3s");
        }
    }

    private static final String SUBSCRIPTION = "subscription($subject: ID) { factChanged(subject: $subject) { "
            + "operation at by fact { id __typename ... on Role { title rank person { name } } } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    private final AddedFacts added = new AddedFacts("made up for the subscription test");

    @Test
    void aSubscriberReceivesTheFactsAddedAboutItsSubjectAndNoOthers() throws Exception {
        String musk = GraphQL.idOf("person(name: \"Elon Musk\")");
        String threads = GraphQL.idOf("product(name: \"Threads\")");
        long xai = GlobalId.parse(GraphQL.idOf("organization(name: \"xAI\")")).id();
        try (GraphQLOverWebSocket client = GraphQLOverWebSocket.connect(graphql)) {
            client.subscribe("musk", SUBSCRIPTION, musk);
            client.subscribe("threads", SUBSCRIPTION, threads);

            // The subscriptions start asynchronously: write until the first event arrives, after the time budget.
            Thread.sleep(4000);
            JsonObject next = null;
            long role = 0;
            for (int attempt = 0; attempt < 10 && next == null; attempt++) {
                role = addRoleOf(GlobalId.parse(musk).id(), xai, "Chief Subscription Tester " + attempt);
                next = client.poll(3);
            }
            assertNotNull(next, "no event about Elon Musk");
            assertEquals("next", next.getString("type"), next.toString());
            assertEquals("musk", next.getString("id"), "only the subscription about Elon Musk gets the role");
            JsonObject change = next.getJsonObject("payload").getJsonObject("data").getJsonObject("factChanged");
            // Created with its citation in one transaction: one event, CREATED, with the fact as committed.
            assertEquals("CREATED", change.getString("operation"));
            assertEquals("system", change.getString("by"));
            assertEquals("Role", change.getJsonObject("fact").getString("__typename"));
            assertEquals(GlobalId.of("Role", role), change.getJsonObject("fact").getString("id"));
            assertTrue(change.getJsonObject("fact").getString("title").startsWith("Chief Subscription Tester"));
            // a batched field under an event: resolved in a transaction of its own (persistence.Reads)
            assertEquals("Elon Musk", change.getJsonObject("fact").getJsonObject("person").getString("name"));

            // Whatever else arrives is about Elon Musk: the Threads subscription stays silent.
            JsonObject later;
            while ((later = client.poll(2)) != null) {
                assertEquals("musk", later.getString("id"), later.toString());
            }

            // A deprecation is a change too, and the deprecated fact is still shown.
            long deprecated = role;
            QuarkusTransaction.requiringNew().run(() -> {
                Role found = Role.findById(deprecated);
                found.rank = Rank.DEPRECATED;
                found.rankReason = "made up";
            });
            JsonObject update = client.next().getJsonObject("payload").getJsonObject("data")
                    .getJsonObject("factChanged");
            assertEquals("UPDATED", update.getString("operation"));
            assertEquals("DEPRECATED", update.getJsonObject("fact").getString("rank"));
            assertEquals("Elon Musk", update.getJsonObject("fact").getJsonObject("person").getString("name"));
        }
    }

    @Test
    void aMalformedSubjectIsRefusedWithBadUserInput() throws Exception {
        try (GraphQLOverWebSocket client = GraphQLOverWebSocket.connect(graphql)) {
            client.subscribe("bad", SUBSCRIPTION, "not-an-id");
            JsonObject answer = client.next();
            assertEquals("error", answer.getString("type"), answer.toString());
            assertEquals("BAD_USER_INPUT", answer.getJsonArray("payload").getJsonObject(0)
                    .getJsonObject("extensions").getString("code"));
        }
    }

    private long addRoleOf(long personId, long organizationId, String title) {
        return added.add(() -> {
            Role role = new Role();
            role.personId = personId;
            role.organizationId = organizationId;
            role.kind = RoleKind.RESEARCHER;
            role.title = title;
            return role;
        });
    }

    @AfterEach
    void removeAddedFacts() {
        added.removeAll();
    }
}
