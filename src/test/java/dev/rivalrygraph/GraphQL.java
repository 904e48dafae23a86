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

    /** The global id of what a lookup finds, e.g. {@code idOf("person(name: \"Elon Musk\")")}. */
    public static String idOf(String lookup) {
        return post("{ x: " + lookup + " { id } }").extract().path("data.x.id");
    }
}
