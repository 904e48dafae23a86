package dev.rivalrygraph.graphiql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CanonicalQueryTest} against the packaged application. */
@QuarkusIntegrationTest
class CanonicalQueryIT extends CanonicalQueryTest {
}
