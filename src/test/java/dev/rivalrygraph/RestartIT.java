package dev.rivalrygraph;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application on its default embedded database, the H2 file: data written to it survives a restart,
 * and the seed migrations run exactly once however often the application starts. It starts what the build packaged,
 * as {@code @QuarkusIntegrationTest} does: the jar, or the native executable in a {@code -Dnative} build.
 */
class RestartIT {

    private static final Path ARTIFACT = Path.of("target", "quarkus-artifact.properties");
    private final int port = freePort();

    @TempDir
    Path dataDir;

    private Process app;
    private final int previousPort = RestAssured.port;

    @AfterEach
    void cleanUp() throws InterruptedException {
        RestAssured.port = previousPort;
        if (app != null) {
            stopApp();
        }
    }

    @Test
    void dataOnTheFileDatabaseSurvivesARestart() throws Exception {
        assertTrue(Files.exists(ARTIFACT), "package the application first: " + ARTIFACT);

        start();
        answersFromTheSeeds();
        stopApp();
        // The embedded database is the application's own: with it stopped, write a source behind its back.
        try (Connection db = DriverManager.getConnection(jdbcUrl(), "sa", "");
                Statement sql = db.createStatement()) {
            assertEquals(1, sql.executeUpdate(
                    "INSERT INTO source (id, title) VALUES (99999, 'Written between two runs')"));
        }

        start();
        answersFromTheSeeds();
        GraphQL.post("{ source(title: \"written between two runs\") { id title } }")
                .body("data.source.id", equalTo("99999"));
        stopApp();

        try (Connection db = DriverManager.getConnection(jdbcUrl(), "sa", "");
                Statement sql = db.createStatement();
                ResultSet applied = sql.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            applied.next();
            assertEquals(4, applied.getInt(1), "each migration applied once across both starts");
        }
    }

    private static void answersFromTheSeeds() {
        GraphQL.post("{ person(name: \"Mark Zuckerberg\") { name } }")
                .body("data.person.name", equalTo("Mark Zuckerberg"));
    }

    private String jdbcUrl() {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("rivalry");
    }

    private void start() throws IOException, InterruptedException {
        app = new ProcessBuilder(
                command("-Drivalry.data-dir=" + dataDir.toAbsolutePath(), "-Dquarkus.http.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .start();
        RestAssured.port = port;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
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

    /** The packaged application's command line, the jar run by this JVM or the native executable, with options. */
    private static List<String> command(String... options) throws IOException {
        Properties artifact = new Properties();
        try (Reader in = Files.newBufferedReader(ARTIFACT)) {
            artifact.load(in);
        }
        Path path = ARTIFACT.resolveSibling(artifact.getProperty("path"));
        List<String> command = new ArrayList<>();
        switch (artifact.getProperty("type")) {
            case "native" -> command.add(path.toAbsolutePath().toString());
            case "jar" -> command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            default -> throw new IllegalStateException("cannot start a packaged " + artifact.getProperty("type"));
        }
        // Both a JVM and a Quarkus native executable take -D options before anything else.
        command.addAll(List.of(options));
        if (artifact.getProperty("type").equals("jar")) {
            command.addAll(List.of("-jar", path.toString()));
        }
        return command;
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
