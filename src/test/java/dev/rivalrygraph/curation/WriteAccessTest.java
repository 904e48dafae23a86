package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads are public; writes need the curator role, over HTTP Basic or a JWT bearer token. */
@QuarkusTest
class WriteAccessTest {

    private static final String ISSUER = "https://rivalry-graph.test";
    private static final String ADD = "mutation($input: PersonValues!) { addPerson(input: $input) { name } }";

    @Test
    void aWriteWithoutCredentialsIsUnauthenticatedAndChangesNothing() {
        String name = "Anonymous " + UUID.randomUUID();
        GraphQL.postAnonymously(ADD, Map.of("input", person(name)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("curator"))
                .body("errors[0].path[0]", equalTo("addPerson"));
        GraphQL.post("{ person(name: \"" + name + "\") { name } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aWrongPasswordIsUnauthenticatedAndIsNeverLogged() {
        String secret = "wrong-" + UUID.randomUUID();
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + record.getThrown() + " " + List.of(
                        record.getParameters() == null ? new Object[0] : record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            GraphQL.postAs(GraphQL.CURATOR, secret, ADD, Map.of("input", person("Wrong Password")))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                    .body("errors[0].message", not(containsString(secret)));
            GraphQL.postAs("someone-else", GraphQL.CURATOR_PASSWORD, ADD, Map.of("input", person("Wrong User")))
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
            // An empty password never authenticates, whatever is configured.
            GraphQL.postAs(GraphQL.CURATOR, "", ADD, Map.of("input", person("Empty Password")))
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(logged.stream().noneMatch(line -> line.contains(secret) || line.contains(
                GraphQL.CURATOR_PASSWORD)), "a password reached the log: " + logged);
    }

    @Test
    void readsNeedNoCredentialsAndIgnoreWrongOnes() {
        GraphQL.post("{ person(name: \"Elon Musk\") { name } }").body("data.person.name", equalTo("Elon Musk"));
        GraphQL.postAs(GraphQL.CURATOR, "not the password", "{ person(name: \"Elon Musk\") { name } }", Map.of())
                .body("errors", nullValue())
                .body("data.person.name", equalTo("Elon Musk"));
    }

    @Test
    void aRefusedWriteIsAGraphQLErrorNotAnHttpChallenge() {
        // GraphQL over HTTP with application/json: 200 and the error in the body, no 401 page.
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .auth().preemptive().basic(GraphQL.CURATOR, "wrong")
                .body(GraphQL.payload("mutation { deprecate(id: \"UGVyc29uOjEwMDA\", reason: \"test\") { id } }",
                        Map.of()))
                .when().post("/graphql")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aJwtWithTheCuratorGroupMayWrite() throws Exception {
        String name = "JWT Curator " + UUID.randomUUID();
        GraphQL.postWithToken(token(Set.of("curator"), testKey()), ADD, Map.of("input", person(name)))
                .body("errors", nullValue())
                .body("data.addPerson.name", equalTo(name));
    }

    @Test
    void aJwtWithoutTheCuratorGroupIsForbidden() throws Exception {
        GraphQL.postWithToken(token(Set.of("reader"), testKey()), ADD, Map.of("input", person("Reader")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aJwtSignedWithAnotherKeyIsUnauthenticated() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();
        GraphQL.postWithToken(token(Set.of("curator"), stranger), ADD, Map.of("input", person("Forged")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    private static PrivateKey testKey() throws Exception {
        return KeyUtils.readPrivateKey("jwt/test-private-key.pem");
    }

    private static String token(Set<String> groups, PrivateKey key) {
        return Jwt.issuer(ISSUER).upn("jwt-user@rivalry-graph.test").groups(groups).expiresIn(300).sign(key);
    }

    private static Map<String, Object> person(String name) {
        return Map.of("name", name, "citations", List.of(Map.of("source", "U291cmNlOjE",
                "excerpt", "Mark Zuckerberg")));
    }
}
