package dev.rivalrygraph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The explorer's assets in the packaged application: the jar, or the native executable under -Dnative. */
@QuarkusIntegrationTest
class ExplorerPageIT extends ExplorerPageTest {
}
