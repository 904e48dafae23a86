package dev.rivalrygraph.fact;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link LookupTest} against the packaged application. */
@QuarkusIntegrationTest
class LookupIT extends LookupTest {
}
