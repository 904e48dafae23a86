package dev.rivalrygraph.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HostileRequestTest} against the packaged application (the jar, or the native executable). */
@QuarkusIntegrationTest
class HostileRequestIT extends HostileRequestTest {
}
