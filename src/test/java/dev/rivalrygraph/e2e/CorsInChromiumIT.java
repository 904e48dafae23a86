package dev.rivalrygraph.e2e;

import dev.rivalrygraph.PackagedApp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CORS in headless Chromium against the packaged jar, configured as an operator would (RIVALRY_CORS_ORIGINS): a page
 * on the allowed origin gets data by POST and GET, a page on any other origin is blocked by the browser. Needs
 * Debian's chromium and {@code npm ci} in src/test/js; runs with {@code -Pe2e}.
 */
@Tag("e2e")
class CorsInChromiumIT {

    @TempDir
    Path dataDir;

    @Test
    void onlyTheConfiguredOriginGetsData() throws Exception {
        int allowedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            allowedPort = free.getLocalPort();
        }
        String allowedOrigin = "http://127.0.0.1:" + allowedPort;
        try (PackagedApp app = new PackagedApp(dataDir, Map.of("RIVALRY_CORS_ORIGINS", allowedOrigin))) {
            app.start();
            NodeScript.Run run = NodeScript.run("cors-in-chromium", Map.of(), Duration.ofMinutes(3),
                    "cors-in-chromium.mjs", app.baseUrl(), String.valueOf(allowedPort));
            assertEquals(0, run.exitCode(), run.output());
            String[] lines = run.output().strip().split("\n");
            JsonObject seen = Json.createReader(new StringReader(lines[lines.length - 1])).readObject();

            JsonObject allowed = seen.getJsonObject("allowed");
            JsonObject other = seen.getJsonObject("other");
            assertEquals(allowedOrigin, allowed.getString("origin"));
            assertAll("what each page got",
                    () -> assertEquals("Sam Altman", allowed.getJsonObject("post").getJsonObject("body")
                            .getJsonObject("data").getJsonObject("person").getString("name"), allowed.toString()),
                    () -> assertEquals("Sam Altman", allowed.getJsonObject("get").getJsonObject("body")
                            .getJsonObject("data").getJsonObject("person").getString("name"), allowed.toString()),
                    () -> assertTrue(other.getJsonObject("post").containsKey("blocked"), other.toString()),
                    () -> assertTrue(other.getJsonObject("get").containsKey("blocked"), other.toString()));
        }
    }
}
