package dev.rivalrygraph.curation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** addEvent and updateEvent: an event shows on its product and participants; a refused write changes nothing. */
@QuarkusTest
class EventWritesTest {

    private static final String EXCERPT = "called it \"the best launch we have had\"";

    @Test
    void anEventShowsOnItsProductAndParticipantsAndAnUpdateReplacesThem() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String globex = Curate.organizationId(source, "Globex " + source);
        String zed = Curate.productId(source, "Zed " + source);
        String event = Curate.add("Event", launch(source, zed, List.of(acme)), "id title version")
                .body("errors", nullValue())
                .body("data.addEvent.title", equalTo("Zed launches"))
                .extract().path("data.addEvent.id");
        Curate.node(zed, "... on Product { launch { id } launchedOn launchPrecision }")
                .body("data.node.launch.id", equalTo(event))
                .body("data.node.launchedOn", equalTo("2025-03-01"))
                .body("data.node.launchPrecision", equalTo("MONTH"));
        Curate.node(acme, "... on Organization { events { id } }").body("data.node.events.id", contains(event));

        Map<String, Object> rereported = launch(source, zed, List.of(acme, globex));
        rereported.put("title", "Zed launches to the public");
        rereported.put("description", "Acme's chief executive called it its best launch.");
        Curate.update("Event", event, 0, rereported, "version").body("errors", nullValue())
                .body("data.updateEvent.version", equalTo(1));
        Curate.node(event, "... on Event { title description participants { id } product { id } }")
                .body("data.node.title", equalTo("Zed launches to the public"))
                .body("data.node.description", equalTo("Acme's chief executive called it its best launch."))
                .body("data.node.participants.id", containsInAnyOrder(acme, globex))
                .body("data.node.product.id", equalTo(zed));
        Curate.node(globex, "... on Organization { events { id } }").body("data.node.events.id", contains(event));
    }

    @Test
    void aRefusedEventChangesNothing() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String zed = Curate.productId(source, "Zed " + source);
        // An organization where a product is expected.
        Curate.add("Event", launch(source, acme, List.of(acme)), "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.product"));
        Curate.node(acme, "... on Organization { events { id } }").body("data.node.events", empty());

        String event = Curate.add("Event", launch(source, zed, List.of(acme)), "id").extract().path("data.addEvent.id");
        Map<String, Object> misdated = launch(source, zed, List.of(acme));
        misdated.put("date", "2025-03-15");
        Curate.update("Event", event, 0, misdated, "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.date"));
        Curate.node(event, "... on Event { date version }")
                .body("data.node.date", equalTo("2025-03-01"))
                .body("data.node.version", equalTo(0));
    }

    private static Map<String, Object> launch(String source, String product, List<String> participants) {
        return input(source, EXCERPT, "kind", "LAUNCH", "title", "Zed launches", "date", "2025-03-01",
                "precision", "MONTH", "product", product, "participants", participants);
    }
}
