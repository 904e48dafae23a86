package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.rivalrygraph.curation.Curate.citation;
import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** addAlias and updateAlias: another name finds its record, an update replaces it, a refused write changes nothing. */
@QuarkusTest
class AliasWritesTest {

    private static final String BY_NAME = "query($name: String) { organization(name: $name) { id } }";

    @Test
    void anAliasFindsItsRecordAndAnUpdateReplacesIt() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String alias = Curate.add("Alias", input(source, "Acme's chief executive",
                        "subject", acme, "name", "Acme " + source, "kind", "SHORT_NAME"), "id name kind version")
                .body("errors", nullValue())
                .body("data.addAlias.name", equalTo("Acme " + source))
                .body("data.addAlias.kind", equalTo("SHORT_NAME"))
                .body("data.addAlias.version", equalTo(0))
                .extract().path("data.addAlias.id");
        GraphQL.post(BY_NAME, Map.of("name", "acme " + source)).body("data.organization.id", equalTo(acme));

        Curate.update("Alias", alias, 0, input(source, "Acme Robotics said",
                        "subject", acme, "name", "AcmeBots " + source, "kind", "ALTERNATE_NAME"), "name version")
                .body("errors", nullValue())
                .body("data.updateAlias.version", equalTo(1));
        Curate.node(acme, "... on Organization { aliases { name kind citations { excerpt } } }")
                .body("data.node.aliases.name", contains("AcmeBots " + source))
                .body("data.node.aliases[0].kind", equalTo("ALTERNATE_NAME"))
                .body("data.node.aliases[0].citations.excerpt",
                        contains("Acme's chief executive", "Acme Robotics said"));
        GraphQL.post(BY_NAME, Map.of("name", "Acme " + source)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(BY_NAME, Map.of("name", "AcmeBots " + source)).body("data.organization.id", equalTo(acme));
    }

    @Test
    void aRefusedAliasChangesNothing() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        Map<String, Object> uncited = input(source, "Acme's chief executive",
                "subject", acme, "name", "Acme " + source, "kind", "SHORT_NAME");
        uncited.put("citations", List.of(citation(source, "Acme's chief executive"),
                citation(source, "Acme's chief engineer")));
        Curate.add("Alias", uncited, "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.citations[1].excerpt"));
        Curate.node(acme, "... on Organization { aliases { name } }").body("data.node.aliases", empty());

        String alias = Curate.add("Alias", input(source, "Acme's chief executive",
                "subject", acme, "name", "Acme " + source, "kind", "SHORT_NAME"), "id")
                .extract().path("data.addAlias.id");
        // A source is no subject: it has a title, not a name.
        Curate.update("Alias", alias, 0, input(source, "Acme Robotics said",
                        "subject", source, "name", "Gazette " + source, "kind", "SHORT_NAME"), "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.subject"));
        Curate.node(alias, "... on Alias { name kind version citations { excerpt } }")
                .body("data.node.name", equalTo("Acme " + source))
                .body("data.node.version", equalTo(0))
                .body("data.node.citations.size()", equalTo(1));
    }
}
