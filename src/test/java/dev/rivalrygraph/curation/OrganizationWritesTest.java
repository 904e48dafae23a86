package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** updateOrganization: the new name finds it, the old one no longer does; a refused update changes nothing. */
@QuarkusTest
class OrganizationWritesTest {

    private static final String BY_NAME = "query($name: String) { organization(name: $name) { id kind country"
            + " parent { id } version } }";

    @Test
    void anUpdateRenamesAndMovesAnOrganization() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String holding = Curate.organizationId(source, "Acme Holding " + source);
        Curate.update("Organization", acme, 0, input(source, "Acme Robotics said on Monday",
                        "name", "Acme Robots " + source, "kind", "STARTUP", "country", "Korea", "parent", holding),
                        "name version")
                .body("errors", nullValue())
                .body("data.updateOrganization.name", equalTo("Acme Robots " + source))
                .body("data.updateOrganization.version", equalTo(1));
        GraphQL.post(BY_NAME, Map.of("name", "Acme Robots " + source))
                .body("data.organization.id", equalTo(acme))
                .body("data.organization.kind", equalTo("STARTUP"))
                .body("data.organization.country", equalTo("Korea"))
                .body("data.organization.parent.id", equalTo(holding));
        GraphQL.post(BY_NAME, Map.of("name", "Acme Robotics " + source))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void anOrganizationCannotBeItsOwnParentAndARefusedUpdateChangesNothing() {
        String source = Curate.source();
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        Curate.update("Organization", acme, 0, input(source, "Acme Robotics said",
                        "name", "Acme Loop " + source, "kind", "COMPANY", "parent", acme), "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.parent"));
        GraphQL.post(BY_NAME, Map.of("name", "Acme Robotics " + source))
                .body("data.organization.id", equalTo(acme))
                .body("data.organization.parent", nullValue())
                .body("data.organization.version", equalTo(0));
    }
}
