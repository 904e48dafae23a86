package dev.rivalrygraph;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged application on its own database: data written to it survives a restart, and the seed migrations run
 * exactly once however often the application starts. The database is the default embedded H2 file, or the server
 * the test suite is pointed at (RIVALRY_TEST_DB_URL, PostgreSQL in CI), reached as in production through
 * RIVALRY_DB_URL.
 */
class RestartIT {

    private static final String SERVER_URL = System.getenv("RIVALRY_TEST_DB_URL");
    private static final String USER = SERVER_URL == null ? "sa" : System.getenv("RIVALRY_TEST_DB_USER");
    private static final String PASSWORD = SERVER_URL == null ? "" : System.getenv("RIVALRY_TEST_DB_PASSWORD");

    @TempDir
    Path dataDir;

    private PackagedApp app;
    private final int previousPort = RestAssured.port;

    @AfterEach
    void cleanUp() throws InterruptedException, SQLException {
        RestAssured.port = previousPort;
        app.close();
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
        app = new PackagedApp(dataDir, SERVER_URL == null ? Map.of()
                : Map.of("RIVALRY_DB_URL", SERVER_URL, "RIVALRY_DB_USER", USER, "RIVALRY_DB_PASSWORD", PASSWORD));
        RestAssured.port = app.port();

        app.start();
        answersFromTheSeeds();
        app.stop();
        // With the application stopped, write a source behind its back.
        try (Connection db = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
                Statement sql = db.createStatement()) {
            assertEquals(1, sql.executeUpdate(
                    "INSERT INTO source (id, title) VALUES (99999, 'Written between two runs')"));
        }

        app.start();
        answersFromTheSeeds();
        GraphQL.post("{ source(title: \"written between two runs\") { title } }")
                .body("data.source.title", equalTo("Written between two runs"));
        app.stop();

        try (Connection db = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
                Statement sql = db.createStatement();
                ResultSet applied = sql.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            applied.next();
            assertEquals(migrations(), applied.getInt(1), "each migration applied once across both starts");
        }
    }

    /** How many versioned migrations the sources hold, SQL and Java. */
    private static int migrations() throws IOException {
        int count = 0;
        for (Path dir : List.of(Path.of("src/main/resources/db/migration"), Path.of("src/main/java/db/migration"))) {
            try (Stream<Path> files = Files.list(dir)) {
                count += (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*")).count();
            }
        }
        return count;
    }

    private static void answersFromTheSeeds() {
        GraphQL.post("{ person(name: \"Mark Zuckerberg\") { name } }")
                .body("data.person.name", equalTo("Mark Zuckerberg"));
    }

    private String jdbcUrl() {
        return SERVER_URL != null ? SERVER_URL : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("rivalry");
    }
}
