package dev.rivalrygraph.api;

import dev.rivalrygraph.curation.Curate;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.rivalrygraph.api.ResponseCacheTest.PERSON;
import static dev.rivalrygraph.api.ResponseCacheTest.fresh;
import static dev.rivalrygraph.api.ResponseCacheTest.post;
import static dev.rivalrygraph.api.ResponseCacheTest.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cache holds at most its entries and bytes: the least recently used answers go, and too large ones never come. */
@QuarkusTest
@TestProfile(ResponseCacheBoundsTest.Small.class)
class ResponseCacheBoundsTest {

    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rivalry.cache.max-entries", "3", "rivalry.cache.max-bytes", "20000");
        }
    }

    @Inject
    MeterRegistry meters;

    @Test
    void theLeastRecentlyUsedAnswersAreEvictedAndTheRestStayRight() {
        String source = Curate.source();
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            names.add("Cache Bounded " + i + " " + UUID.randomUUID());
            ids.add(Curate.personId(source, names.get(i)));
        }
        double evictions = counter("rivalry.response.cache.evictions");
        for (String id : ids) {
            post(PERSON, Map.of("id", id));
        }
        assertThat(counter("rivalry.response.cache.evictions") - evictions, greaterThanOrEqualTo(2.0));
        assertThat(gauge("rivalry.response.cache.entries"), lessThanOrEqualTo(3.0));
        assertThat(gauge("rivalry.response.cache.bytes"), lessThanOrEqualTo(20000.0));
        // The first was evicted: asked again, it runs again, and answers right.
        double misses = misses();
        assertThat(text(post(PERSON, Map.of("id", ids.get(0)))), containsString(names.get(0)));
        assertEquals(misses + 1, misses());
        // The last is still there.
        double hits = hits();
        assertThat(text(post(PERSON, Map.of("id", ids.get(4)))), containsString(names.get(4)));
        assertEquals(hits + 1, hits());
    }

    @Test
    void anAnswerLargerThanATenthOfTheBytesIsNotKept() {
        String large = "{ claims(first: 100) { edges { node { id text } } } }";
        byte[] first = post(large, Map.of());
        assertThat(first.length, greaterThan(2000));
        double misses = misses();
        assertArrayEquals(fresh(large, Map.of()), post(large, Map.of()));
        assertEquals(misses + 2, misses());
    }

    private double hits() {
        return meters.counter("rivalry.response.cache.requests", "result", "hit").count();
    }

    private double misses() {
        return meters.counter("rivalry.response.cache.requests", "result", "miss").count();
    }

    private double counter(String name) {
        return meters.counter(name).count();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }
}
