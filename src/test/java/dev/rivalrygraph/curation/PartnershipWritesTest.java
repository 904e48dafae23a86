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

/**
 * addPartnership and updatePartnership: its parties list it, an update replaces them; a refused write changes
 * nothing.
 */
@QuarkusTest
class PartnershipWritesTest {

    private static final String EXCERPT = "Rival Globex answered";

    @Test
    void aPartnershipShowsOnItsPartiesAndAnUpdateReplacesThem() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String globex = Curate.organizationId(source, "Globex " + source);
        String jane = Curate.personId(source, "Jane Roe " + source);
        String partnership = Curate.add("Partnership", talks(source, List.of(acme, globex)), "id status")
                .body("errors", nullValue())
                .body("data.addPartnership.status", equalTo("TALKS"))
                .extract().path("data.addPartnership.id");
        Curate.node(globex, "... on Organization { partnerships { id focus date precision parties { id } } }")
                .body("data.node.partnerships.id", contains(partnership))
                .body("data.node.partnerships[0].focus", equalTo("assistants"))
                .body("data.node.partnerships[0].date", equalTo("2025-03-01"))
                .body("data.node.partnerships[0].parties.id", containsInAnyOrder(acme, globex));

        Map<String, Object> agreed = talks(source, List.of(acme, jane));
        agreed.put("status", "AGREED");
        Curate.update("Partnership", partnership, 0, agreed, "version").body("errors", nullValue())
                .body("data.updatePartnership.version", equalTo(1));
        Curate.node(partnership, "... on Partnership { status parties { id } }")
                .body("data.node.status", equalTo("AGREED"))
                .body("data.node.parties.id", containsInAnyOrder(acme, jane));
        Curate.node(globex, "... on Organization { partnerships { id } }").body("data.node.partnerships", empty());
        Curate.node(jane, "... on Person { partnerships { id } }")
                .body("data.node.partnerships.id", contains(partnership));
    }

    @Test
    void aRefusedPartnershipChangesNothing() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String globex = Curate.organizationId(source, "Globex " + source);
        Curate.add("Partnership", talks(source, List.of(acme, acme)), "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.parties"));
        Curate.node(acme, "... on Organization { partnerships { id } }").body("data.node.partnerships", empty());

        String partnership = Curate.add("Partnership", talks(source, List.of(acme, globex)), "id")
                .extract().path("data.addPartnership.id");
        // A source is no party.
        Curate.update("Partnership", partnership, 0, talks(source, List.of(acme, source)), "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.parties[1]"));
        Curate.node(partnership, "... on Partnership { version parties { id } }")
                .body("data.node.version", equalTo(0))
                .body("data.node.parties.id", containsInAnyOrder(acme, globex));
    }

    private static Map<String, Object> talks(String source, List<String> parties) {
        return input(source, EXCERPT, "parties", parties, "status", "TALKS", "focus", "assistants",
                "date", "2025-03-01", "precision", "MONTH");
    }
}
