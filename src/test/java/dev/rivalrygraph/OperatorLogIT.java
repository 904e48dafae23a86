package dev.rivalrygraph;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log of the packaged application, as an operator reads it: a clean start logs no WARN (a WARN means something
 * needs looking at), a refused login is one line, and clients' mistakes are no server errors and carry no stack
 * traces.
 */
class OperatorLogIT {

    @TempDir
    Path dataDir;

    private PackagedApp app;
    private final int previousPort = RestAssured.port;

    @AfterEach
    void stop() throws InterruptedException {
        RestAssured.port = previousPort;
        if (app != null) {
            app.close();
        }
    }

    @Test
    void operatorsReadOnlyWhatConcernsThem() throws Exception {
        // the database the suite is pointed at (PostgreSQL in CI's second phase, whose build has no H2 driver)
        String server = System.getenv("RIVALRY_TEST_DB_URL");
        app = new PackagedApp(dataDir, server == null ? Map.of("RIVALRY_CURATOR_PASSWORD", "the-right-one")
                : Map.of("RIVALRY_CURATOR_PASSWORD", "the-right-one", "RIVALRY_DB_URL", server,
                        "RIVALRY_DB_USER", System.getenv("RIVALRY_TEST_DB_USER"),
                        "RIVALRY_DB_PASSWORD", System.getenv("RIVALRY_TEST_DB_PASSWORD")));
        app.start();
        RestAssured.port = app.port();

        List<String> start = lines();
        assertTrue(start.stream().anyMatch(l -> l.contains("started in")), "the start is logged");
        assertEquals(List.of(), start.stream().filter(l -> l.contains(" WARN ")).toList(), "WARN on a clean start");

        int before = lines().size();
        GraphQL.postAs("curator", "a-wrong-one",
                "mutation { deprecate(id: \"UGVyc29uOjEwMDA\", reason: \"test\") { id } }")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        List<String> login = awaitLines(before, 1);
        assertEquals(1, login.size(), "a refused login logs one line: " + login);
        assertTrue(login.get(0).contains(" INFO ") && login.get(0).contains("Authentication failed"), login.get(0));
        assertTrue(!login.get(0).contains("a-wrong-one"), "the password stays out of the log");

        before = lines().size();
        GraphQL.post("{ person(id: \"xx\") { name } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ source(title: \"no such source\") { title } }");
        // A document that does not validate: answered 400 (to a client that accepts the GraphQL media type) before
        // anything runs.
        RestAssured.given().contentType("application/json").accept("application/graphql-response+json").body(GraphQL.payload("{ nope }", Map.of()))
                .post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        GraphQL.postAnonymously("mutation { deprecate(id: \"UGVyc29uOjEwMDA\", reason: \"test\") { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.post("{ person(name: \"Mark Zuckerberg\") { name } }").body("data.person.name",
                equalTo("Mark Zuckerberg"));
        assertEquals(List.of(), lines().subList(before, lines().size()), "client errors log nothing at INFO");
    }

    private List<String> lines() throws IOException {
        return Files.readAllLines(dataDir.resolve("app.log"));
    }

    /** The lines logged after the first {@code from}, once there are at least {@code count}, or after 5 s. */
    private List<String> awaitLines(int from, int count) throws Exception {
        for (int i = 0; i < 50 && lines().size() < from + count; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(300); // and whatever would follow them
        return lines().subList(from, lines().size());
    }
}
