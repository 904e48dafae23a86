package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The default deployment: no curator password and no JWT keys. Reads work; every write is refused, saying how to
 * enable them.
 */
@QuarkusTest
@TestProfile(WritesDisabledTest.NoCredentialsConfigured.class)
class WritesDisabledTest {

    public static class NoCredentialsConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // An empty password is no password: the account does not exist. "NONE" is smallrye-jwt's own "no key".
            return Map.of("rivalry.curator.password", "", "mp.jwt.verify.publickey.location", "NONE");
        }
    }

    private static final String ADD = "mutation($input: PersonValues!) { addPerson(input: $input) { name } }";
    private static final Map<String, Object> PERSON = Map.of("input", Map.of("name", "Nobody", "citations",
            List.of(Map.of("source", "U291cmNlOjE", "excerpt", "Mark Zuckerberg"))));

    @Test
    void everyWriteIsRefusedWithHowToEnableWrites() {
        GraphQL.postAnonymously(ADD, PERSON)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("Writes are disabled"))
                .body("errors[0].message", containsString("RIVALRY_CURATOR_PASSWORD"));
    }

    @Test
    void noPasswordAuthenticatesTheCurator() {
        for (String password : List.of("", " ", GraphQL.CURATOR_PASSWORD, "curator")) {
            GraphQL.postAs(GraphQL.CURATOR, password, ADD, PERSON)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void readsStillWork() {
        GraphQL.post("{ person(name: \"Mark Zuckerberg\") { name } }")
                .body("data.person.name", equalTo("Mark Zuckerberg"));
    }
}
