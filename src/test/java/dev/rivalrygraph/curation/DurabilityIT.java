package dev.rivalrygraph.curation;

import dev.rivalrygraph.PackagedApp;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Nothing acknowledged is lost: the packaged application on its H2 file takes a burst of writes from several
 * clients, is killed with SIGKILL in the middle of it, and after a restart holds every write it answered without an
 * error. (Writes in flight when it died may or may not be there; they were never acknowledged.)
 * <p>
 * It can fail: with the JDBC URL's WRITE_DELAY=0 removed (H2 then writes committed changes to the file up to a
 * second later), a run lost 3 of 151 acknowledged writes.
 */
class DurabilityIT {

    private static final String PASSWORD = "durability-secret";
    private static final String WRITERS_PREFIX = "Durable ";
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final String ADD = "mutation($input: PersonValues!) { addPerson(input: $input) { id name } }";

    @TempDir
    Path dataDir;

    private PackagedApp app;
    private final int previousPort = RestAssured.port;

    @AfterEach
    void cleanUp() throws InterruptedException {
        RestAssured.port = previousPort;
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        // The embedded H2 file, as shipped. A server database (RIVALRY_TEST_DB_URL: the build is then for that
        // kind, and cannot open H2) is durable by its own configuration, and outlives the test.
        assumeTrue(System.getenv("RIVALRY_TEST_DB_URL") == null, "the embedded H2 file only");
        app = new PackagedApp(dataDir, Map.of("RIVALRY_CURATOR_PASSWORD", PASSWORD));
        RestAssured.port = app.port();
        app.start();

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
                    String name = WRITERS_PREFIX + writer + "-" + i;
                    try {
                        if (write(name)) {
                            acknowledged.add(name);
                        }
                    } catch (Exception connectionLost) { // RestAssured rethrows IOExceptions unchecked
                        failures.incrementAndGet();
                        return;
                    }
                }
            });
        }
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            Thread.sleep(5);
        }
        app.kill();
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "writers stop once the server is gone");
        Set<String> acked = new HashSet<>(acknowledged);

        app.start();
        Set<String> stored = storedNames();
        List<String> lost = new ArrayList<>(acked);
        lost.removeAll(stored);
        assertEquals(List.of(), lost, "acknowledged writes lost after SIGKILL (" + acked.size() + " acknowledged, "
                + stored.size() + " stored)");
        assertTrue(failures.get() > 0, "the kill came in the middle of the burst: some writes failed");
    }

    /** One write; true when the server acknowledged it (answered without an error). */
    private static boolean write(String name) {
        String body = Json.createObjectBuilder().add("query", ADD).add("variables", Json.createObjectBuilder()
                .add("input", Json.createObjectBuilder().add("name", name).add("citations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("source", "U291cmNlOjE")
                                .add("excerpt", "Mark Zuckerberg"))))).build().toString();
        JsonPath answer = given().auth().preemptive().basic(CuratorAccount.USER, PASSWORD)
                .contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().extract().jsonPath();
        return answer.get("errors") == null && name.equals(answer.getString("data.addPerson.name"));
    }

    /** The names of the people the burst wrote, page by page. */
    private static Set<String> storedNames() {
        Set<String> names = new HashSet<>();
        String after = null;
        do {
            JsonPath page = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                    .body(Json.createObjectBuilder().add("query", "query($after: String) { people(nameContains: \""
                            + WRITERS_PREFIX + "\", first: 100, after: $after) { pageInfo { hasNextPage endCursor }"
                            + " nodes { name } } }").add("variables", after == null ? Json.createObjectBuilder()
                            : Json.createObjectBuilder().add("after", after)).build().toString())
                    .when().post("/graphql")
                    .then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("data.people.nodes.name"));
            after = page.getBoolean("data.people.pageInfo.hasNextPage")
                    ? page.getString("data.people.pageInfo.endCursor") : null;
        } while (after != null);
        return names;
    }
}
