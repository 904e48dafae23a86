package dev.rivalrygraph.live;

import dev.rivalrygraph.GraphQLOverWebSocket;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.person.Person;
import dev.rivalrygraph.source.Citation;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Committed changes reach subscribers in commit order with their position in the change log, and a subscriber that
 * passes a position as {@code since} gets every change after it once: first what it missed, then the new ones.
 */
@QuarkusTest
class ChangeFanOutTest {

    private static final String SUBSCRIPTION = "subscription($since: String) { factChanged(since: $since) { "
            + "position operation at by fact { id } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    AgroalDataSource database;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private final List<Long> added = new ArrayList<>();

    @Test
    void aClientThatReconnectsWithItsLastPositionGetsWhatItMissedOnceThenTheNewChanges() throws Exception {
        try (GraphQLOverWebSocket live = GraphQLOverWebSocket.connect(graphql)) {
            // From the position before the first write: whatever the timing, it gets all three, in order.
            long before = lastPosition();
            live.subscribeWith("live", SUBSCRIPTION, Map.of("since", Long.toString(before)));
            long first = addPerson();
            long second = addPerson();
            long third = addPerson();
            JsonObject firstEvent = change(live.next());
            assertEquals(GlobalId.of("Person", first), firstEvent.getJsonObject("fact").getString("id"));
            assertEquals(positionOf(first), Long.parseLong(firstEvent.getString("position")));
            List<JsonObject> liveEvents = List.of(change(live.next()), change(live.next()));

            // A client that saw only the first change reconnects with its position.
            try (GraphQLOverWebSocket again = GraphQLOverWebSocket.connect(graphql)) {
                again.subscribeWith("again", SUBSCRIPTION, Map.of("since", firstEvent.getString("position")));
                List<JsonObject> missed = List.of(change(again.next()), change(again.next()));
                assertEquals(liveEvents, missed, "read back from the change log, the events are those published");
                assertEquals(List.of(GlobalId.of("Person", second), GlobalId.of("Person", third)),
                        missed.stream().map(e -> e.getJsonObject("fact").getString("id")).toList());
                assertTrue(Long.parseLong(missed.get(0).getString("position"))
                        < Long.parseLong(missed.get(1).getString("position")));

                long fourth = addPerson();
                JsonObject next = change(again.next());
                assertEquals(GlobalId.of("Person", fourth), next.getJsonObject("fact").getString("id"));
                assertEquals(Long.toString(positionOf(fourth)), next.getString("position"));
                assertNull(again.poll(2), "each change once");
            }
        }
    }

    @Test
    void aChangeWithALowerIdCommittedLaterIsNotSkipped() throws Exception {
        // Transaction A writes its change first (a lower id in the log) but commits after transaction B.
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    long id = cite(newPerson());
                    Fact.getEntityManager().flush();
                    written.countDown();
                    assertTrue(release.await(30, TimeUnit.SECONDS));
                    return id;
                }));
        assertTrue(written.await(30, TimeUnit.SECONDS));
        long fast = addPerson();
        release.countDown();
        long late = slow.get(30, TimeUnit.SECONDS);
        synchronized (added) {
            added.add(late);
        }
        assertTrue(rowIdOf(late) < rowIdOf(fast), "A's change row has the lower id");
        assertTrue(positionOf(late) > positionOf(fast), "A's position follows B's: positions are in commit order");

        // A client that last saw B's change still gets A's.
        try (GraphQLOverWebSocket client = GraphQLOverWebSocket.connect(graphql)) {
            client.subscribeWith("after-b", SUBSCRIPTION, Map.of("since", Long.toString(positionOf(fast))));
            JsonObject change = change(client.next());
            assertEquals(GlobalId.of("Person", late), change.getJsonObject("fact").getString("id"));
        }
    }

    @Test
    void aPositionThatIsNotOneIsRefusedWithBadUserInput() throws Exception {
        try (GraphQLOverWebSocket client = GraphQLOverWebSocket.connect(graphql)) {
            client.subscribeWith("malformed", SUBSCRIPTION, Map.of("since", "yesterday"));
            assertEquals("BAD_USER_INPUT", errorCode(client.next()));
        }
        try (GraphQLOverWebSocket client = GraphQLOverWebSocket.connect(graphql)) {
            client.subscribeWith("future", SUBSCRIPTION, Map.of("since", Long.toString(lastPosition() + 1000)));
            assertEquals("BAD_USER_INPUT", errorCode(client.next()));
        }
    }

    @Test
    void aListenerThatLosesItsConnectionReadsWhatItMissedFromTheLog() throws Exception {
        assumeTrue("postgresql".equals(dbKind), "the listener exists on PostgreSQL; on H2 changes are published in "
                + "process");
        try (GraphQLOverWebSocket client = GraphQLOverWebSocket.connect(graphql)) {
            client.subscribeWith("all", SUBSCRIPTION, Map.of("since", Long.toString(lastPosition())));
            assertEquals(1, terminateListener(), "the listener's connection is cut");
            long first = addPerson();
            long second = addPerson();
            assertEquals(GlobalId.of("Person", first), change(client.next()).getJsonObject("fact").getString("id"));
            assertEquals(GlobalId.of("Person", second), change(client.next()).getJsonObject("fact").getString("id"));
            assertNull(client.poll(2), "each change once");
        }
    }

    private static JsonObject change(JsonObject message) {
        assertEquals("next", message.getString("type"), message.toString());
        JsonObject payload = message.getJsonObject("payload");
        assertNull(payload.get("errors"), message.toString());
        return payload.getJsonObject("data").getJsonObject("factChanged");
    }

    /** The error's code, sent as an error message or as a next message with errors. */
    private static String errorCode(JsonObject message) {
        assertTrue(message.containsKey("payload"), message.toString());
        JsonObject error = "error".equals(message.getString("type"))
                ? message.getJsonArray("payload").getJsonObject(0)
                : message.getJsonObject("payload").getJsonArray("errors").getJsonObject(0);
        return error.getJsonObject("extensions").getString("code");
    }

    private static Person newPerson() {
        Person person = new Person();
        person.name = "Fan-out Tester " + UUID.randomUUID();
        return person;
    }

    /** Persists the fact and the citation every fact must have; returns its id. */
    private static long cite(Fact fact) {
        fact.persist();
        Citation citation = new Citation();
        citation.factId = fact.id;
        citation.sourceId = 1L;
        citation.excerpt = "made up for the fan-out test";
        citation.persist();
        return fact.id;
    }

    private long addPerson() {
        long id = QuarkusTransaction.requiringNew().call(() -> cite(newPerson()));
        synchronized (added) {
            added.add(id);
        }
        return id;
    }

    private long lastPosition() throws SQLException {
        return single("SELECT COALESCE(MAX(log_position), 0) FROM change_log", null);
    }

    private long positionOf(long fact) throws SQLException {
        return single("SELECT MAX(log_position) FROM change_log WHERE fact_id = ?", fact);
    }

    private long rowIdOf(long fact) throws SQLException {
        return single("SELECT MIN(id) FROM change_log WHERE fact_id = ?", fact);
    }

    private int terminateListener() throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement sql = connection.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
            sql.setString(1, DatabaseFanOut.APPLICATION_NAME);
            int terminated = 0;
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    terminated += rows.getBoolean(1) ? 1 : 0;
                }
            }
            return terminated;
        }
    }

    private long single(String query, Long parameter) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement sql = connection.prepareStatement(query)) {
            if (parameter != null) {
                sql.setLong(1, parameter);
            }
            try (ResultSet row = sql.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }

    @AfterEach
    void removeAddedFacts() {
        QuarkusTransaction.requiringNew().run(() -> {
            Citation.delete("factId in ?1", added);
            added.forEach(id -> Fact.<Fact>findById(id).delete());
        });
        added.clear();
    }
}
