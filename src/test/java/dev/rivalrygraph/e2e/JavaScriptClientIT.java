package dev.rivalrygraph.e2e;

import dev.rivalrygraph.PackagedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's JavaScript client example (graphql-request, in src/test/js) against the packaged jar: its node:test
 * suite passes, and the example itself prints what the README says. Needs {@code npm ci} in src/test/js; runs with
 * {@code -Pe2e}.
 */
@Tag("e2e")
class JavaScriptClientIT {

    @TempDir
    static Path dataDir;

    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = new PackagedApp(dataDir);
        app.start();
    }

    @AfterAll
    static void stopApp() throws InterruptedException {
        app.close();
    }

    private static NodeScript.Run node(String name, String... args) throws Exception {
        return NodeScript.run(name, Map.of("RIVALRY_GRAPHQL_URL", app.baseUrl() + "/graphql"), Duration.ofMinutes(1),
                args);
    }

    @Test
    void theClientTestsPass() throws Exception {
        NodeScript.Run run = node("client-example-test", "--test", "--test-reporter=tap", "client-example.test.mjs");
        assertEquals(0, run.exitCode(), run.output());
        int tests = count("tests", run.output());
        assertTrue(tests > 0, run.output());
        assertEquals(tests, count("pass", run.output()), run.output());
        assertEquals(0, count("fail", run.output()), run.output());
    }

    @Test
    void theExampleAnswersAsTheReadmeShows() throws Exception {
        NodeScript.Run run = node("client-example", "client-example.mjs");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains(
                "Mark Zuckerberg runs Meta Platforms, which ships Threads: DAU 1600000 (U.S.)"), run.output());
        assertTrue(run.output().contains("Threads is owned by Meta Platforms"), run.output());
        assertTrue(run.output().contains("product(name: \"Nope\") fails with NOT_FOUND"), run.output());
    }

    /** A count from node's TAP summary, e.g. "# pass 4". */
    private static int count(String what, String tap) {
        Matcher m = Pattern.compile("^# " + what + " (\\d+)$", Pattern.MULTILINE).matcher(tap);
        assertTrue(m.find(), "no '# " + what + "' in node's summary:\n" + tap);
        return Integer.parseInt(m.group(1));
    }
}
