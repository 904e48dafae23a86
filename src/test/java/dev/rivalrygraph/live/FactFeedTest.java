package dev.rivalrygraph.live;

import dev.rivalrygraph.history.ChangeOperation;
import dev.rivalrygraph.history.FactChange;
import dev.rivalrygraph.history.Mentions;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subscriber that stops reading is ended; writers and the other subscribers carry on at full speed. */
class FactFeedTest {

    private static final int TRANSACTIONS = 30;
    private static final int FACTS_PER_TRANSACTION = 100;

    @Test
    void aStalledSubscriberIsEndedWithoutHoldingUpWritersOrOtherSubscribers() {
        FactFeed feed = new FactFeed(null, 0);
        AssertSubscriber<FactChange> stalled = feed.about(null, null).subscribe()
                .withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<FactChange> reading = feed.about(null, null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<FactChange> watchingOne = feed.about(42L, null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        long slowest = 0;
        long id = 0;
        for (int t = 0; t < TRANSACTIONS; t++) {
            List<FactChange> committed = new ArrayList<>();
            for (int f = 0; f < FACTS_PER_TRANSACTION; f++) {
                id++;
                committed.add(change(id));
            }
            long start = System.nanoTime();
            feed.committed(id - FACTS_PER_TRANSACTION + 1, id, committed);
            slowest = Math.max(slowest, System.nanoTime() - start);
            reading.awaitItems((int) id, Duration.ofSeconds(20));
        }
        System.out.printf("Published %d transactions of %d facts; the slowest took %.1f ms%n", TRANSACTIONS,
                FACTS_PER_TRANSACTION, slowest / 1e6);
        assertTrue(slowest < 1_000_000_000L, "publishing a transaction took " + slowest / 1_000_000 + " ms");

        stalled.awaitFailure(Duration.ofSeconds(10)).assertFailedWith(SubscriberTooSlowException.class,
                "fell " + FactFeed.BUFFER + " events behind");
        reading.assertNotTerminated();
        assertEquals(TRANSACTIONS * FACTS_PER_TRANSACTION, reading.getItems().size());
        assertEquals(List.of(42L), watchingOne.awaitItems(1, Duration.ofSeconds(10)).getItems().stream()
                .map(change -> change.factId).toList());
    }

    /** Two commits whose completions arrive in the opposite order reach subscribers in commit order. */
    @Test
    void commitsArePublishedInPositionOrderWhicheverCompletesFirst() {
        FactFeed feed = new FactFeed(null, 10);
        AssertSubscriber<FactChange> reading = feed.about(null, null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        feed.committed(13, 14, List.of(change(13), change(14)));
        feed.committed(12, 12, List.of());
        assertEquals(10, feed.head(), "positions 13 and 14 wait for 11, not yet completed");
        feed.committed(11, 11, List.of(change(11)));

        assertEquals(14, feed.head());
        assertEquals(List.of(11L, 13L, 14L), reading.awaitItems(3, Duration.ofSeconds(10)).getItems().stream()
                .map(change -> change.logPosition).toList());
    }

    private static FactChange change(long id) {
        return new FactChange(id, ChangeOperation.CREATED, OffsetDateTime.now(), "test",
                new Mentions(Set.of(id), Set.of())).atPosition(id);
    }
}
