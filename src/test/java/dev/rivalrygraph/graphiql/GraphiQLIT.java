package dev.rivalrygraph.graphiql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link GraphiQLTest} against the packaged application. */
@QuarkusIntegrationTest
class GraphiQLIT extends GraphiQLTest {
}
