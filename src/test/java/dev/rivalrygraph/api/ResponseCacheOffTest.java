package dev.rivalrygraph.api;

import dev.rivalrygraph.Uncached;
import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.curation.Curate;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.rivalrygraph.api.ResponseCacheTest.EXCERPT;
import static dev.rivalrygraph.api.ResponseCacheTest.PERSON;
import static dev.rivalrygraph.api.ResponseCacheTest.UPDATE_PERSON;
import static dev.rivalrygraph.api.ResponseCacheTest.post;
import static dev.rivalrygraph.api.ResponseCacheTest.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** With the cache off, every query runs, answers as with it on, and GET reads still get ETags and 304s. */
@QuarkusTest
@TestProfile(Uncached.class)
class ResponseCacheOffTest {

    @Inject
    MeterRegistry meters;

    @Test
    void everyQueryRunsAndAnswersTheSame() {
        String source = Curate.source();
        String name = "Cache Off " + UUID.randomUUID();
        String id = Curate.personId(source, name);
        double hits = requests("hit");
        double misses = requests("miss");
        byte[] first = post(PERSON, Map.of("id", id));
        assertArrayEquals(first, post(PERSON, Map.of("id", id)));
        assertThat(text(first), containsString(name));
        assertEquals(hits, requests("hit"));
        assertEquals(misses, requests("miss"));

        Response get = given().queryParam("query", PERSON).queryParam("variables", "{\"id\": \"" + id + "\"}")
                .get("/graphql");
        assertArrayEquals(first, get.asByteArray());
        String etag = get.header("ETag");
        Response again = given().header("If-None-Match", etag).queryParam("query", PERSON)
                .queryParam("variables", "{\"id\": \"" + id + "\"}").get("/graphql");
        assertEquals(304, again.statusCode());

        GraphQL.postAsCurator(UPDATE_PERSON, Map.of("id", id, "v", 0,
                "input", Curate.input(source, EXCERPT, "name", name + " renamed"))).body("errors", nullValue());
        Response changed = given().header("If-None-Match", etag).queryParam("query", PERSON)
                .queryParam("variables", "{\"id\": \"" + id + "\"}").get("/graphql");
        assertEquals(200, changed.statusCode());
        assertThat(changed.asString(), containsString(name + " renamed"));
        assertNotEquals(etag, changed.header("ETag"));
    }

    private double requests(String result) {
        return meters.counter("rivalry.response.cache.requests", "result", result).count();
    }
}
