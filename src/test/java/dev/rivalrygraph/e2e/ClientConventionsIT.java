package dev.rivalrygraph.e2e;

import dev.rivalrygraph.PackagedApp;
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
 * The client ecosystem's conventions against the packaged jar (src/test/js/http-conventions.test.mjs): the SDL in
 * graphql-js and graphql-codegen, the graphql-http audit, automatic persisted queries from Apollo Client and urql,
 * and Apollo's cache with the served possibleTypes. Needs {@code npm ci} in src/test/js; runs with {@code -Pe2e}.
 */
@Tag("e2e")
class ClientConventionsIT {

    @TempDir
    Path dataDir;

    @Test
    void theClientConventionTestsPass() throws Exception {
        try (PackagedApp app = new PackagedApp(dataDir)) {
            app.start();
            NodeScript.Run run = NodeScript.run("http-conventions", Map.of("RIVALRY_BASE_URL", app.baseUrl()),
                    Duration.ofMinutes(3), "--test", "--test-reporter=tap", "http-conventions.test.mjs");
            assertEquals(0, run.exitCode(), run.output());
            int tests = count("tests", run.output());
            assertTrue(tests >= 8, run.output());
            assertEquals(tests, count("pass", run.output()), run.output());
        }
    }

    /** A count from node's TAP summary, e.g. "# pass 4". */
    private static int count(String what, String tap) {
        Matcher m = Pattern.compile("^# " + what + " (\\d+)$", Pattern.MULTILINE).matcher(tap);
        assertTrue(m.find(), "no '# " + what + "' in node's summary:\n" + tap);
        return Integer.parseInt(m.group(1));
    }
}
