package dev.rivalrygraph.e2e;

import dev.rivalrygraph.PackagedApp;
import dev.rivalrygraph.graphiql.CanonicalQuery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GraphiQL in headless Chromium against the packaged jar: a bare visit opens it on the canonical question, its run
 * button answers it, and the answer, down to the citation of Threads' daily users, is on screen. Needs Debian's
 * chromium and {@code npm ci} in src/test/js; runs with {@code -Pe2e}.
 */
@Tag("e2e")
class GraphiQLInChromiumIT {

    @TempDir
    Path dataDir;

    @Test
    void graphiqlRunsTheCanonicalQuestionInABrowser() throws Exception {
        Path report = NodeScript.OUT.resolve("graphiql-report.json");
        Files.deleteIfExists(report);
        try (PackagedApp app = new PackagedApp(dataDir)) {
            app.start();
            NodeScript.Run run = NodeScript.run("graphiql-in-chromium", Map.of(), Duration.ofMinutes(3),
                    "graphiql-in-chromium.mjs", app.baseUrl(), NodeScript.OUT.toString());
            assertEquals(0, run.exitCode(), run.output());

            JsonObject seen = read(Files.readString(report));
            assertTrue(seen.getString("url").startsWith(app.baseUrl() + "/q/graphql-ui/?query="), seen.getString("url"));
            assertEquals(CanonicalQuery.QUERY, seen.getString("editorQuery"), "the editor holds the canonical question");
            assertEquals(JsonValue.EMPTY_JSON_ARRAY, seen.getJsonArray("consoleErrors"));

            String top = seen.getString("resultTop");
            String atCitation = seen.getString("resultAtCitation");
            assertAll("what the result pane shows",
                    () -> assertTrue(top.contains("\"name\": \"Mark Zuckerberg\""), top),
                    () -> assertTrue(top.contains("\"name\": \"Meta Platforms\""), top),
                    () -> assertTrue(atCitation.contains("\"kind\": \"DAU\""), atCitation),
                    () -> assertTrue(atCitation.contains("\"value\": 1600000"), atCitation),
                    () -> assertTrue(atCitation.contains("\"region\": \"U.S.\""), atCitation),
                    () -> assertTrue(atCitation.contains("analytics firm Sensor Tower"), atCitation),
                    () -> assertTrue(atCitation.contains("far exceeding Threads' 1.6 million."), atCitation));

            JsonObject result = read(seen.getString("result"));
            assertFalse(result.containsKey("errors"), result.toString());
            JsonObject threadsDau = named(named(result.getJsonObject("data").getJsonObject("person")
                    .getJsonArray("companies").getValuesAs(JsonObject.class), "Meta Platforms")
                    .getJsonArray("products").getValuesAs(JsonObject.class), "Threads")
                    .getJsonArray("userMetrics").getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("kind").equals("DAU")).findFirst().orElseThrow();
            assertEquals(1600000, threadsDau.getInt("value"));
            assertTrue(threadsDau.getJsonArray("citations").getJsonObject(0).getString("excerpt").contains("Sensor Tower"));
        }
        for (String screenshot : new String[] {"graphiql-result.png", "graphiql-citation.png"}) {
            assertTrue(Files.size(NodeScript.OUT.resolve(screenshot)) > 10_000, screenshot);
        }
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonObject named(List<JsonObject> objects, String name) {
        return objects.stream().filter(o -> o.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " among " + objects));
    }
}
