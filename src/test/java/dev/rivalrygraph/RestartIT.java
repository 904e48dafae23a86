package dev.rivalrygraph;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application on its own database: data written to it survives a restart, and the seed migrations run
 * exactly once however often the application starts. The database is the default embedded H2 file, or the server
 * the test suite is pointed at (RIVALRY_TEST_DB_URL, PostgreSQL in CI), reached as in production through
 * RIVALRY_DB_URL.
 */
class RestartIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String SERVER_URL = System.getenv("RIVALRY_TEST_DB_URL");
    private static final String USER = SERVER_URL == null ? "sa" : System.getenv("RIVALRY_TEST_DB_USER");
    private static final String PASSWORD = SERVER_URL == null ? "" : System.getenv("RIVALRY_TEST_DB_PASSWORD");
    private final int port = freePort();

    @TempDir
    Path dataDir;

    private Process app;
    private final int previousPort = RestAssured.port;

    @AfterEach
    void cleanUp() throws InterruptedException, SQLException {
        RestAssured.port = previousPort;
        if (app != null) {
            stopApp();
        }
        if (SERVER_URL != null) {
            // A server database outlives the test (an H2 file goes with its temporary directory): leave it as the
            // migrations made it.
            try (Connection db = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                    Statement sql = db.createStatement()) {
                sql.executeUpdate("DELETE FROM source WHERE id = 99999");
            }
        }
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        assertTrue(Files.exists(JAR), "package the application first: " + JAR);

        start();
        answersFromTheSeeds();
        stopApp();
        // With the application stopped, write a source behind its back.
        try (Connection db = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
                Statement sql = db.createStatement()) {
            assertEquals(1, sql.executeUpdate(
                    "INSERT INTO source (id, title) VALUES (99999, 'Written between two runs')"));
        }

        start();
        answersFromTheSeeds();
        GraphQL.post("{ source(title: \"written between two runs\") { id title } }")
                .body("data.source.id", equalTo("99999"));
        stopApp();

        try (Connection db = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
                Statement sql = db.createStatement();
                ResultSet applied = sql.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            applied.next();
            assertEquals(5, applied.getInt(1), "each migration applied once across both starts");
        }
    }

    private static void answersFromTheSeeds() {
        GraphQL.post("{ person(name: \"Mark Zuckerberg\") { name } }")
                .body("data.person.name", equalTo("Mark Zuckerberg"));
    }

    private String jdbcUrl() {
        return SERVER_URL != null ? SERVER_URL : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("rivalry");
    }

    private void start() throws IOException, InterruptedException {
        ProcessBuilder launch = new ProcessBuilder("java", "-Drivalry.data-dir=" + dataDir.toAbsolutePath(),
                "-Dquarkus.http.port=" + port, "-jar", JAR.toString());
        if (SERVER_URL != null) {
            launch.environment().putAll(Map.of("RIVALRY_DB_URL", SERVER_URL, "RIVALRY_DB_USER", USER,
                    "RIVALRY_DB_PASSWORD", PASSWORD));
        }
        app = launch.redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .start();
        RestAssured.port = port;
        // Generous: CI shares two cores with other builds, and the loop returns as soon as the application answers.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + "/q/graphql-ui/?query=x")
                        .toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("application did not start: " + Files.readString(dataDir.resolve("app.log")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopApp() throws InterruptedException {
        app.destroy();
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "application stops on SIGTERM");
        app = null;
    }
}
