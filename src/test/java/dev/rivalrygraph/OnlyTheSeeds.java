package dev.rivalrygraph;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A start of its own, on a database holding the seeds and nothing else (the test profile cleans and migrates the
 * database at start): for tests whose expectations cover the whole dataset (how many people, every citation), which
 * the records other tests write would change. Quarkus runs the classes of one profile together, so they share one
 * start.
 */
public class OnlyTheSeeds implements QuarkusTestProfile {
}
