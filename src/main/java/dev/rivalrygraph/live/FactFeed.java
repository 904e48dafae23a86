package dev.rivalrygraph.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes the changes of each transaction to the {@code factChanged} subscribers once it has committed (a rolled
 * back change is never seen), one event per fact per transaction.
 *
 * <p>A writer never waits for subscribers: publishing only puts the event in each matching subscriber's buffer, and
 * the subscriber's GraphQL work runs on a worker thread. A subscriber that falls more than {@value #BUFFER} events
 * behind (plus the few hundred its worker has taken but not yet sent) is ended with a LIMIT_EXCEEDED error rather
 * than slowing writers or holding memory without bound; it can subscribe again. Events are never dropped silently.
 */
@ApplicationScoped
public class FactFeed {

    static final int BUFFER = 1024;

    private final BroadcastProcessor<FactChange> processor = BroadcastProcessor.create();

    /** The changes each open transaction has made so far, by fact; keyed by Hibernate session. */
    private final Map<SharedSessionContractImplementor, Map<Long, FactChange>> pending = new ConcurrentHashMap<>();

    /** Called in the transaction that makes the change (by the history recorder, for every change to a fact). */
    public void changed(SharedSessionContractImplementor session, FactChange change) {
        pending.computeIfAbsent(session, s -> {
            s.getTransactionCompletionCallbacks().registerCallback(this::completed);
            return new LinkedHashMap<>();
        }).merge(change.factId, change, FactChange::and);
    }

    private void completed(boolean committed, SharedSessionContractImplementor session) {
        Map<Long, FactChange> changes = pending.remove(session);
        if (committed && changes != null) {
            publish(changes.values());
        }
    }

    /** One caller at a time: a processor's onNext must not be called concurrently. */
    synchronized void publish(Iterable<FactChange> changes) {
        changes.forEach(processor::onNext);
    }

    /** The committed changes about this fact or source (both null: all), from now on. */
    public Multi<FactChange> about(Long fact, Long source) {
        return processor
                .filter(change -> change.isAbout(fact, source))
                .onOverflow().buffer(BUFFER)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(BackPressureFailure.class).transform(e -> new SubscriberTooSlowException(BUFFER));
    }
}
