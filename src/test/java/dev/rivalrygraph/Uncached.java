package dev.rivalrygraph;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A start with the response cache off: for tests that count what a query executes (SQL statements, the engine's
 * timers), which an answer served from the cache does not execute. Quarkus runs the classes of one profile together.
 */
public class Uncached implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("rivalry.cache.enabled", "false");
    }
}
