package dev.rivalrygraph;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts real GraphQL documents, with the JSON payload built by a JSON library rather than by hand-escaping. */
public final class GraphQL {

    private GraphQL() {
    }

    public static String payload(String query, Map<String, String> variables) {
        JsonObjectBuilder vars = Json.createObjectBuilder();
        variables.forEach(vars::add);
        return Json.createObjectBuilder().add("query", query).add("variables", vars).build().toString();
    }

    public static ValidatableResponse post(String query, Map<String, String> variables) {
        return given().contentType(ContentType.JSON).body(payload(query, variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    /** The embedded curator account of the test profile ({@code %test.rivalry.curator.password}). */
    public static final String CURATOR = "curator";
    public static final String CURATOR_PASSWORD = "curator-test-secret";

    /**
     * Posts with HTTP Basic credentials; {@code variables} may nest maps and lists (mutation inputs). Asks for
     * application/json, so that refusals before execution are 200 too, with the error in the body.
     */
    public static ValidatableResponse postAs(String user, String password, String query, Map<String, ?> variables) {
        return given().auth().preemptive().basic(user, password)
                .contentType(ContentType.JSON).accept(ContentType.JSON).body(payloadOf(query, variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    public static ValidatableResponse postAs(String user, String password, String query) {
        return postAs(user, password, query, Map.of());
    }

    /** Posts as the embedded curator. */
    public static ValidatableResponse postAsCurator(String query, Map<String, ?> variables) {
        return postAs(CURATOR, CURATOR_PASSWORD, query, variables);
    }

    /** Posts with a bearer token (a JWT). */
    public static ValidatableResponse postWithToken(String token, String query, Map<String, ?> variables) {
        return given().auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON).body(payloadOf(query, variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** Posts without credentials, with variables that may nest maps and lists. */
    public static ValidatableResponse postAnonymously(String query, Map<String, ?> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(payloadOf(query, variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static String payloadOf(String query, Map<String, ?> variables) {
        return Json.createObjectBuilder().add("query", query)
                .add("variables", Json.createObjectBuilder((Map<String, Object>) variables)).build().toString();
    }

    /** The global id of what a lookup finds, e.g. {@code idOf("person(name: \"Elon Musk\")")}. */
    public static String idOf(String lookup) {
        return post("{ x: " + lookup + " { id } }").extract().path("data.x.id");
    }
}
