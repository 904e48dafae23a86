package dev.rivalrygraph.live;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.GraphQLOverWebSocket;
import dev.rivalrygraph.PackagedApp;
import io.restassured.RestAssured;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two replicas of the packaged application on one PostgreSQL database, as the deployment runs them: a write through
 * one reaches a subscriber of the other and, within a second, the other's cached reads; and a replica killed with SIGKILL and restarted gives its client, which
 * subscribes again with the last position it received, every change it missed, once.
 */
class TwoReplicasIT {

    private static final String SERVER_URL = System.getenv("RIVALRY_TEST_DB_URL");
    private static final String USER = System.getenv("RIVALRY_TEST_DB_USER");
    private static final String PASSWORD = System.getenv("RIVALRY_TEST_DB_PASSWORD");
    private static final String CURATOR_PASSWORD = "two-replicas-secret";

    private static final String SUBSCRIPTION = "subscription($since: String) { factChanged(since: $since) { "
            + "position operation by fact { id } } }";
    private static final String ADD_SOURCE = "mutation($input: SourceValues!) { addSource(input: $input) { id } }";
    private static final String ADD_PERSON = "mutation($input: PersonValues!) { addPerson(input: $input) { id } }";
    private static final String TEXT = "Jane Roe, the chief executive, spoke to both replicas.";

    @TempDir
    Path dataDir;

    private final List<PackagedApp> apps = new ArrayList<>();
    private final int previousPort = RestAssured.port;

    @Test
    void aWriteThroughOneReplicaReachesTheOtherWhichMissesNothingAcrossAKill() throws Exception {
        assumeTrue(SERVER_URL != null && SERVER_URL.startsWith("jdbc:postgresql:"), "replicas share a database "
                + "server (PostgreSQL, RIVALRY_TEST_DB_URL); the embedded H2 database belongs to one process");
        PackagedApp a = app("a");
        PackagedApp b = app("b");
        a.start();
        b.start();
        RestAssured.port = a.port();
        String source = GraphQL.postAs("curator", CURATOR_PASSWORD, ADD_SOURCE, Map.of("input", Map.of(
                "title", "Two replicas " + UUID.randomUUID(), "publisher", "The Test Gazette",
                "publishedOn", "2025-03-01", "publishedPrecision", "MONTH", "text", TEXT)))
                .body("errors", nullValue()).extract().path("data.addSource.id");

        String position;
        try (GraphQLOverWebSocket client = GraphQLOverWebSocket.connect(URI.create(b.baseUrl() + "/graphql"))) {
            // From the log's last position: the subscription gets the write whenever it becomes active.
            client.subscribeWith("b", SUBSCRIPTION, Map.of("since", Long.toString(lastPosition())));
            // B answers a read twice, the second time from its response cache
            int before = testersOn(b);
            double hits = cacheHits(b);
            assertEquals(before, testersOn(b));
            assertEquals(hits + 1, cacheHits(b), "B's second read came from its response cache");
            String written = addPerson(source);
            long answered = System.nanoTime();
            // B's cached read gives A's write once B has heard of it: within a second
            while (testersOn(b) == before) {
                assertTrue(System.nanoTime() - answered < 1_000_000_000L, "B still answers from before A's write");
                Thread.sleep(20);
            }
            System.out.printf("B's cached read showed A's write %.0f ms after A answered%n",
                    (System.nanoTime() - answered) / 1e6);
            JsonObject change = change(client.next());
            System.out.printf("A's write reached B's subscriber %.0f ms after A answered%n",
                    (System.nanoTime() - answered) / 1e6);
            assertEquals(written, change.getJsonObject("fact").getString("id"));
            assertEquals("CREATED", change.getString("operation"));
            assertEquals("curator", change.getString("by"));
            position = change.getString("position");
        }

        b.kill();
        List<String> whileDown = List.of(addPerson(source), addPerson(source));
        b.start();
        try (GraphQLOverWebSocket client = GraphQLOverWebSocket.connect(URI.create(b.baseUrl() + "/graphql"))) {
            client.subscribeWith("b-again", SUBSCRIPTION, Map.of("since", position));
            JsonObject first = change(client.next());
            JsonObject second = change(client.next());
            assertEquals(whileDown, List.of(first.getJsonObject("fact").getString("id"),
                    second.getJsonObject("fact").getString("id")), "the writes made while B was down, in order");
            assertTrue(Long.parseLong(position) < Long.parseLong(first.getString("position")));
            assertTrue(Long.parseLong(first.getString("position")) < Long.parseLong(second.getString("position")));

            String after = addPerson(source);
            assertEquals(after, change(client.next()).getJsonObject("fact").getString("id"),
                    "then the new ones, from A through the database");
            assertNull(client.poll(2), "each change once");
        }
    }

    private PackagedApp app(String name) throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve(name));
        PackagedApp app = new PackagedApp(dir, Map.of("RIVALRY_DB_URL", SERVER_URL, "RIVALRY_DB_USER", USER,
                "RIVALRY_DB_PASSWORD", PASSWORD, "RIVALRY_CURATOR_PASSWORD", CURATOR_PASSWORD));
        apps.add(app);
        return app;
    }

    private static String addPerson(String source) {
        return GraphQL.postAs("curator", CURATOR_PASSWORD, ADD_PERSON, Map.of("input", Map.of(
                "name", "Replica Tester " + UUID.randomUUID(),
                "citations", List.of(Map.of("source", source, "excerpt", "Jane Roe, the chief executive")))))
                .body("errors", nullValue()).extract().path("data.addPerson.id");
    }

    private static int testersOn(PackagedApp app) {
        return RestAssured.given().port(app.port()).contentType("application/json")
                .body(GraphQL.payload("{ people(nameContains: \"Replica Tester\") { totalCount } }", Map.of()))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .extract().path("data.people.totalCount");
    }

    /** The response cache's hits so far, from the replica's Prometheus metrics. */
    private static double cacheHits(PackagedApp app) {
        String metrics = RestAssured.given().port(app.port()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        return metrics.lines().filter(line -> line.startsWith("rivalry_response_cache_requests_total{")
                && line.contains("result=\"hit\"")).mapToDouble(line -> Double.parseDouble(
                        line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static JsonObject change(JsonObject message) {
        assertEquals("next", message.getString("type"), message.toString());
        assertNull(message.getJsonObject("payload").get("errors"), message.toString());
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("factChanged");
    }

    private static long lastPosition() throws SQLException {
        try (Connection db = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT COALESCE(MAX(log_position), 0) FROM change_log")) {
            row.next();
            return row.getLong(1);
        }
    }

    @AfterEach
    void stopApps() throws InterruptedException {
        RestAssured.port = previousPort;
        for (PackagedApp app : apps) {
            app.close();
        }
    }
}
