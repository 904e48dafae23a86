package dev.rivalrygraph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link LookupTest} against the packaged application. */
@QuarkusIntegrationTest
class LookupIT extends LookupTest {
}
