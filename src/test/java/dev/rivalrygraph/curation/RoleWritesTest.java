package dev.rivalrygraph.curation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.rivalrygraph.curation.Curate.input;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** addRole and updateRole: a position shows on its person and organization; a refused write changes nothing. */
@QuarkusTest
class RoleWritesTest {

    private static final String EXCERPT = "Jane Roe, Acme's chief executive";
    private static final String ROLES = "... on Person { roles { title kind start startPrecision end former"
            + " organization { id } } }";

    @Test
    void aRoleShowsOnItsPersonAndOrganizationAndAnUpdateEndsIt() {
        String source = Curate.source();
        String jane = Curate.personId(source, "Jane Roe " + source);
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        String role = Curate.add("Role", ceo(source, jane, acme), "id title version")
                .body("errors", nullValue())
                .body("data.addRole.title", equalTo("chief executive"))
                .extract().path("data.addRole.id");
        Curate.node(jane, ROLES)
                .body("data.node.roles.title", contains("chief executive"))
                .body("data.node.roles[0].kind", equalTo("CEO"))
                .body("data.node.roles[0].start", equalTo("2024-05-01"))
                .body("data.node.roles[0].startPrecision", equalTo("MONTH"))
                .body("data.node.roles[0].former", equalTo(false))
                .body("data.node.roles[0].organization.id", equalTo(acme));
        Curate.node(acme, "... on Organization { people { id } }").body("data.node.people.id", contains(jane));

        Map<String, Object> ended = ceo(source, jane, acme);
        ended.put("title", "former chief executive");
        ended.put("end", "2025-02-01");
        ended.put("endPrecision", "MONTH");
        Curate.update("Role", role, 0, ended, "version").body("errors", nullValue())
                .body("data.updateRole.version", equalTo(1));
        Curate.node(jane, ROLES)
                .body("data.node.roles.title", contains("former chief executive"))
                .body("data.node.roles[0].end", equalTo("2025-02-01"))
                .body("data.node.roles[0].former", equalTo(true));
    }

    @Test
    void aRefusedRoleChangesNothing() {
        String source = Curate.source();
        String jane = Curate.personId(source, "Jane Roe " + source);
        String acme = Curate.organizationId(source, "Acme Robotics " + source);
        // An organization where a person is expected.
        Curate.add("Role", ceo(source, acme, acme), "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.person"));
        Curate.node(acme, "... on Organization { roles { id } }").body("data.node.roles", empty());

        String role = Curate.add("Role", ceo(source, jane, acme), "id").extract().path("data.addRole.id");
        Map<String, Object> backwards = ceo(source, jane, acme);
        backwards.put("end", "2023-01-01");
        Curate.update("Role", role, 0, backwards, "id")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.end"));
        Curate.node(role, "... on Role { end former version }")
                .body("data.node.end", nullValue())
                .body("data.node.former", equalTo(false))
                .body("data.node.version", equalTo(0));
    }

    private static Map<String, Object> ceo(String source, String person, String organization) {
        // without `former`: it defaults to false
        return input(source, EXCERPT, "person", person, "organization", organization, "kind", "CEO",
                "title", "chief executive", "start", "2024-05-01", "startPrecision", "MONTH");
    }
}
