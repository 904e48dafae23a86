package dev.rivalrygraph.node;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link NodeTest} against the packaged application. */
@QuarkusIntegrationTest
class NodeIT extends NodeTest {
}
