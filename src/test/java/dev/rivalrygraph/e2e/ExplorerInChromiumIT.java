package dev.rivalrygraph.e2e;

import dev.rivalrygraph.PackagedApp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * The explorer at / in headless Chromium against the packaged jar, driven by src/test/js/explorer-in-chromium.mjs:
 * each view shows what the articles say, with its sources, axe-core finds no serious accessibility violation, a
 * curator's edit reaches another reader live, and the screenshots in docs/screenshots are written afresh. Needs
 * Debian's chromium and {@code npm ci} in src/test/js; runs with {@code -Pe2e}.
 */
@Tag("e2e")
class ExplorerInChromiumIT {

    private static final String CURATOR_PASSWORD = "explorer-e2e-secret";
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots").toAbsolutePath();

    @TempDir
    Path dataDir;

    @Test
    void everyViewShowsItsFactsWithTheirSources() throws Exception {
        Path reportFile = NodeScript.OUT.resolve("explorer-report.json");
        Files.deleteIfExists(reportFile);
        JsonObject report;
        try (PackagedApp app = new PackagedApp(dataDir, Map.of("RIVALRY_CURATOR_PASSWORD", CURATOR_PASSWORD))) {
            app.start();
            NodeScript.Run run = NodeScript.run("explorer-in-chromium", Map.of("RIVALRY_CURATOR_PASSWORD", CURATOR_PASSWORD),
                    Duration.ofMinutes(5), "explorer-in-chromium.mjs", app.baseUrl(), NodeScript.OUT.toString(),
                    SCREENSHOTS.toString());
            assertEquals(0, run.exitCode(), run.output());
            report = read(Files.readString(reportFile));
        }
        List<Double> warm = report.getJsonArray("firstViewWarmMs").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::doubleValue).sorted().toList();
        System.out.printf("explorer: first view interactive %s ms after navigation on a cold server, %s ms warm%n",
                report.get("firstViewMs"), warm);
        // A loose bound (the target is 1 s on an idle machine; this one is shared): catches a view that waits on
        // something it should not, such as the whole graph.
        assertTrue(warm.get(warm.size() / 2) < 5_000, "first view interactive, warm: " + warm);

        assertEquals(JsonValue.EMPTY_JSON_ARRAY, report.getJsonArray("consoleErrors"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, report.getJsonArray("offsite"), "everything comes from the application");

        JsonObject network = report.getJsonObject("network");
        List<String> connections = strings(network.getJsonArray("connections"));
        assertAll("the network around Mark Zuckerberg",
                () -> assertEquals("Mark Zuckerberg", network.getString("card")),
                () -> assertTrue(connections.stream().anyMatch(c -> c.startsWith("Mark Zuckerberg → Meta Platforms")),
                        connections::toString),
                () -> assertTrue(connections.contains("Meta Platforms → Threads"), connections::toString),
                () -> assertTrue(strings(network.getJsonArray("threadsConnections")).stream()
                        .anyMatch(c -> c.startsWith("Threads → DAU 1.6M (U.S.)")), network::toString));

        JsonObject citation = report.getJsonObject("citation");
        assertAll("the Threads DAU connection's citation, in its article",
                () -> assertTrue(citation.getString("heading").startsWith("Threads → DAU 1.6M (U.S.)"), citation::toString),
                () -> assertTrue(citation.getString("source").startsWith(
                        "[Global Focus] Musk vs Zuckerberg... The Second Battlefield is 'Chatbot'"), citation::toString),
                () -> assertTrue(citation.getString("highlighted").contains("far exceeding Threads' 1.6 million."),
                        citation::toString),
                () -> assertTrue(citation.getString("highlighted").contains("Sensor Tower"), citation::toString),
                () -> assertTrue(citation.getBoolean("highlightVisible"), "the highlight is scrolled into view"));
        assertTrue(report.getBoolean("keyboard"), "every node and connection is a focusable button");

        List<JsonObject> rounds = report.getJsonObject("timeline").getJsonArray("rounds").getValuesAs(JsonObject.class);
        assertTrue(rounds.size() >= 2, rounds::toString);
        for (int i = 1; i < rounds.size(); i++) {
            JsonObject previous = rounds.get(i - 1);
            JsonObject round = rounds.get(i);
            assertTrue(previous.getInt("order") < round.getInt("order"), rounds::toString);
            assertTrue(previous.getString("start").compareTo(round.getString("start")) <= 0, rounds::toString);
        }
        assertTrue(rounds.get(0).getString("title").startsWith("Round 1: SNS Verbal Battle"), rounds::toString);
        // A MONTH date is drawn as a span, a DAY date as a point.
        List<JsonObject> items = rounds.stream().flatMap(r -> r.getJsonArray("items").getValuesAs(JsonObject.class).stream()).toList();
        assertTrue(items.stream().anyMatch(i -> i.getString("text").startsWith("June 2023") && i.getBoolean("span")), items::toString);
        assertTrue(items.stream().anyMatch(i -> i.getString("text").startsWith("2024-05-25") && !i.getBoolean("span")), items::toString);
        List<JsonObject> roundsThen = report.getJsonObject("timeline").getJsonObject("asOf").getJsonArray("rounds")
                .getValuesAs(JsonObject.class);
        assertTrue(roundsThen.size() < rounds.size(), "asOf 2023-08-01 (only article 003 published) replays fewer rounds: " + roundsThen);

        JsonObject conflict = report.getJsonObject("conflict");
        List<JsonObject> values = conflict.getJsonArray("values").getValuesAs(JsonObject.class);
        assertAll("Noam Shazeer vs Noam Sherzier, each with its sources",
                () -> assertTrue(conflict.getString("heading").startsWith("Noam Shazeer: name"), conflict::toString),
                () -> assertEquals(List.of("Noam Shazeer", "Noam Sherzier"), values.stream().map(v -> v.getString("value")).toList()),
                () -> assertEquals(List.of("[Global Focus] Musk vs Zuckerberg... The Second Battlefield is 'Chatbot'",
                        "Zuckerberg vs Musk."), strings(values.get(0).getJsonArray("sources"))),
                () -> assertEquals(List.of("Zuckerberg vs Musk."), strings(values.get(1).getJsonArray("sources"))));

        JsonObject metrics = report.getJsonObject("metrics");
        assertTrue(strings(metrics.getJsonArray("charts")).containsAll(List.of("DAU of Threads over time",
                "MAU of Threads over time")), metrics::toString);
        assertTrue(metrics.getString("comparison").contains("X"), metrics::toString);
        assertTrue(metrics.getString("comparison").contains("1.6M"), metrics::toString);

        JsonObject axe = report.getJsonObject("axe");
        assertEquals(9, axe.size(), axe::toString);
        for (String view : axe.keySet()) {
            List<JsonObject> serious = axe.getJsonArray(view).getValuesAs(JsonObject.class).stream()
                    .filter(v -> List.of("serious", "critical").contains(v.getString("impact"))).toList();
            assertEquals(List.of(), serious, "axe-core on " + view);
        }
        assertFalse(report.getBoolean("phoneOverflow"), "nothing wider than a phone's screen");

        JsonObject live = report.getJsonObject("live");
        assertEquals(List.of("normal"), strings(live.getJsonArray("before")));
        assertEquals(List.of("deprecated"), strings(live.getJsonArray("after")), live::toString);
        assertTrue(live.getString("announced").startsWith("curator changed"), live::toString);

        for (JsonString screenshot : report.getJsonArray("screenshots").getValuesAs(JsonString.class)) {
            assertTrue(Files.size(SCREENSHOTS.resolve(screenshot.getString())) > 10_000, screenshot.getString());
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
