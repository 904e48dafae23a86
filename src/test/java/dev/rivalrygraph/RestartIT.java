package dev.rivalrygraph;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged application on its default embedded database, the H2 file: data written to it survives a restart,
 * and the seed migrations run exactly once however often the application starts.
 */
class RestartIT {

    @TempDir
    Path dataDir;

    private PackagedApp app;
    private final int previousPort = RestAssured.port;

    @AfterEach
    void cleanUp() throws InterruptedException {
        RestAssured.port = previousPort;
        app.close();
    }

    @Test
    void dataOnTheFileDatabaseSurvivesARestart() throws Exception {
        app = new PackagedApp(dataDir);
        RestAssured.port = app.port();

        app.start();
        answersFromTheSeeds();
        app.stop();
        // The embedded database is the application's own: with it stopped, write a source behind its back.
        try (Connection db = DriverManager.getConnection(jdbcUrl(), "sa", "");
                Statement sql = db.createStatement()) {
            assertEquals(1, sql.executeUpdate(
                    "INSERT INTO source (id, title) VALUES (99999, 'Written between two runs')"));
        }

        app.start();
        answersFromTheSeeds();
        GraphQL.post("{ source(title: \"written between two runs\") { title } }")
                .body("data.source.title", equalTo("Written between two runs"));
        app.stop();

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
}
