package dev.rivalrygraph;

import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.role.Role;
import dev.rivalrygraph.role.RoleKind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
            + "operation at by fact { id __typename ... on Role { title } } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    private final AddedFacts added = new AddedFacts("made up for the subscription test");

    @Test
    void aSubscriberReceivesTheFactsAddedAboutItsSubjectAndNoOthers() throws Exception {
        String musk = GraphQL.idOf("person(name: \"Elon Musk\")");
        String threads = GraphQL.idOf("product(name: \"Threads\")");
        long xai = GlobalId.parse(GraphQL.idOf("organization(name: \"xAI\")")).id();
        try (Client client = Client.connect(graphql)) {
            client.send(Json.createObjectBuilder().add("type", "connection_init").build());
            assertEquals("connection_ack", client.next().getString("type"));
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

            // Whatever else arrives is about Elon Musk: the Threads subscription stays silent.
            JsonObject later;
            while ((later = client.poll(2)) != null) {
                assertEquals("musk", later.getString("id"), later.toString());
            }
        }
    }

    @Test
    void aMalformedSubjectIsRefusedWithBadUserInput() throws Exception {
        try (Client client = Client.connect(graphql)) {
            client.send(Json.createObjectBuilder().add("type", "connection_init").build());
            assertEquals("connection_ack", client.next().getString("type"));
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

    /** A graphql-transport-ws client on java.net.http's WebSocket, queueing the server's messages. */
    static final class Client implements WebSocket.Listener, AutoCloseable {

        private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Client connect(URI http) throws Exception {
            Client client = new Client();
            URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws")
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(ws, client).get(10, TimeUnit.SECONDS);
            assertEquals("graphql-transport-ws", client.socket.getSubprotocol());
            return client;
        }

        void send(JsonObject message) throws Exception {
            socket.sendText(message.toString(), true).get(10, TimeUnit.SECONDS);
        }

        void subscribe(String id, String query, String subject) throws Exception {
            send(Json.createObjectBuilder().add("id", id).add("type", "subscribe")
                    .add("payload", Json.createObjectBuilder().add("query", query)
                            .add("variables", Json.createObjectBuilder().add("subject", subject)))
                    .build());
        }

        /** The next message; fails after 20 seconds. */
        JsonObject next() throws InterruptedException {
            JsonObject message = poll(20);
            assertNotNull(message, "no message from the server");
            return message;
        }

        /** The next message, or null after this many seconds. */
        JsonObject poll(int seconds) throws InterruptedException {
            return messages.poll(seconds, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).join();
        }
    }
}
