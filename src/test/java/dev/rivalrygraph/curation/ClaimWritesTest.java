package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** updateClaim: its text, speaker and subjects are replaced; a refused update changes nothing. */
@QuarkusTest
class ClaimWritesTest {

    private static final String EXCERPT = "called it \"the best launch we have had\"";

    @Test
    void anUpdateReplacesTheSpeakerAndSubjects() {
        String source = Curate.source();
        String jane = Curate.personId(source, "Jane Roe " + source);
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String zed = Curate.productId(source, "Zed " + source);
        String claim = addQuote(source, jane, zed);

        Map<String, Object> reworded = input(source, "Rival Globex answered that Zed copies its own assistant",
                "kind", "ALLEGATION", "text", "Zed copies its own assistant", "speaker", acme,
                "subjects", List.of(zed, acme), "context", "in a statement");
        Curate.update("Claim", claim, 0, reworded, "kind text context version")
                .body("errors", nullValue())
                .body("data.updateClaim.kind", equalTo("ALLEGATION"))
                .body("data.updateClaim.text", equalTo("Zed copies its own assistant"))
                .body("data.updateClaim.context", equalTo("in a statement"))
                .body("data.updateClaim.version", equalTo(1));
        Curate.node(jane, "... on Person { claims { id } }").body("data.node.claims", empty());
        Curate.node(acme, "... on Organization { claims { id } claimsAbout { id } }")
                .body("data.node.claims.id", contains(claim))
                .body("data.node.claimsAbout.id", contains(claim));
        Curate.node(claim, "... on Claim { citations { excerpt } }").body("data.node.citations.size()", equalTo(2));
    }

    @Test
    void aPropertyWithoutItsValueIsRefusedAndChangesNothing() {
        String source = Curate.source();
        String jane = Curate.personId(source, "Jane Roe " + source);
        String zed = Curate.productId(source, "Zed " + source);
        String claim = addQuote(source, jane, zed);
        Map<String, Object> halfAStatement = quote(source, jane, zed);
        halfAStatement.put("property", "launch quality");
        Curate.update("Claim", claim, 0, halfAStatement, "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.value"));
        Curate.node(claim, "... on Claim { property version citations { excerpt } }")
                .body("data.node.property", nullValue())
                .body("data.node.version", equalTo(0))
                .body("data.node.citations.size()", equalTo(1));
    }

    private static String addQuote(String source, String speaker, String subject) {
        return GraphQL.postAsCurator(Curate.ADD_CLAIM, Map.of("input", quote(source, speaker, subject)))
                .body("errors", nullValue()).extract().path("data.addClaim.id");
    }

    private static Map<String, Object> quote(String source, String speaker, String subject) {
        return input(source, EXCERPT, "kind", "QUOTE", "text", "the best launch we have had",
                "speaker", speaker, "subjects", List.of(subject));
    }
}
