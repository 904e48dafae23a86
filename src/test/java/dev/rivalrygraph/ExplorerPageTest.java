package dev.rivalrygraph;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer's page is served at / with everything it loads, from the application itself: the browser test
 * (e2e.ExplorerInChromiumIT) needs Chromium, this one runs in every build, and as ExplorerPageIT against the
 * packaged jar or native executable.
 */
@QuarkusTest
class ExplorerPageTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");

    @Test
    void thePageAndEverythingItLoadsAreServedHere() {
        String page = given().when().get("/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<script type=\"module\" src=\"/explorer/explorer.js\"></script>"))
                .extract().asString();
        Matcher m = REFERENCE.matcher(page);
        List<String> references = m.results().map(r -> r.group(1)).toList();
        assertTrue(references.contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js"), references::toString);
        for (String reference : references) {
            // Offline: no CDN, no other host.
            assertTrue(reference.startsWith("/") && !reference.startsWith("//"), reference);
            given().when().get(reference).then().statusCode(200);
        }
        assertFalse(references.isEmpty());
    }

    @Test
    void theScriptTalksToThePublicApi() {
        given().when().get("/explorer/explorer.js")
                .then().statusCode(200).contentType(startsWith("text/javascript"))
                .body(containsString("const API = '/graphql';"))
                .body(containsString("'graphql-transport-ws'"));
        given().when().get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")
                .then().statusCode(200).body(containsString("cytoscape"));
    }
}
