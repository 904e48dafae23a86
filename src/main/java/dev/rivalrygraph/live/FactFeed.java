package dev.rivalrygraph.live;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.history.ChangeLog;
import dev.rivalrygraph.history.Commits;
import dev.rivalrygraph.history.FactChange;
import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/**
 * Publishes committed changes to the {@code factChanged} subscribers in commit order, each with its position in the
 * change log ({@link ChangeLog}), one event per fact per transaction. The changes arrive from the database through
 * {@link DatabaseFanOut} on PostgreSQL, from the committing transaction in process on H2; either way this replica's
 * {@link #head} is the position up to which it has published every change.
 *
 * <p>A writer never waits for subscribers: publishing only puts the event in each matching subscriber's buffer, and
 * the subscriber's GraphQL work runs on a worker thread. A subscriber that falls more than {@value #BUFFER} events
 * behind (plus the few hundred its worker has taken but not yet sent) is ended with a LIMIT_EXCEEDED error rather
 * than slowing writers or holding memory without bound; it can subscribe again, with the last position it received
 * as {@code since}. Events are never dropped silently.
 */
@ApplicationScoped
public class FactFeed implements Commits {

    static final int BUFFER = 1024;

    /** Positions read from the change log at a time when a subscriber catches up. */
    static final int PAGE = 256;

    private final BroadcastProcessor<FactChange> processor = BroadcastProcessor.create();

    /** Commits published in process that arrived before an earlier one, by first position. */
    private final TreeMap<Long, Commit> early = new TreeMap<>();

    @Inject
    AgroalDataSource dataSource;

    private DataSource database;
    private long head;

    /** {@link #version}: the head, or a later position this process committed itself. */
    private final AtomicLong version = new AtomicLong();

    FactFeed() {
    }

    /** A feed that has published everything up to {@code head} in {@code database}. */
    FactFeed(DataSource database, long head) {
        this.database = database;
        this.head = head;
        version.set(head);
    }

    @PostConstruct
    void start() {
        database = dataSource;
        try (Connection connection = database.getConnection()) {
            head = ChangeLog.last(connection);
            version.set(head);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the change log's position", e);
        }
    }

    /** The position up to which every committed change has been published here. */
    public synchronized long head() {
        return head;
    }

    /**
     * The data version: a position up to which every change is committed and known here, so that data read after it
     * was read includes every change up to it. It grows with {@link #head} and, ahead of the head, with this process's
     * own commits as soon as they commit ({@link #committedHere}), so that a writer's next request sees a newer
     * version: positions are taken in commit order, so a committed position implies every lower one committed.
     */
    public long version() {
        return version.get();
    }

    /** {@link #version}, for api/ResponseCache, which looks it up by this name (api/ imports no feature). */
    @Produces
    @Named("rivalry.data-version")
    LongSupplier dataVersion() {
        return this::version;
    }

    @Override
    public void committedHere(long last) {
        version.accumulateAndGet(last, Math::max);
    }

    /**
     * A transaction committed in this process with positions {@code first} to {@code last}: its changes are
     * published once every earlier position has been (two commits can complete in either order).
     */
    @Override
    public synchronized void committed(long first, long last, List<FactChange> changes) {
        if (last <= head) {
            return;
        }
        early.put(first, new Commit(last, changes));
        for (var next = early.remove(head + 1); next != null; next = early.remove(head + 1)) {
            publish(next.changes, next.last);
        }
    }

    /** Everything committed up to {@code through}: these changes, in order, and any at or below head skipped. */
    synchronized void publish(List<FactChange> changes, long through) {
        for (FactChange change : changes) {
            if (change.logPosition > head) {
                processor.onNext(change);
            }
        }
        head = Math.max(head, through);
        version.accumulateAndGet(head, Math::max);
    }

    /** The committed changes about this fact or source (both null: all), from now on. */
    public Multi<FactChange> about(Long fact, Long source) {
        return delivered(processor.filter(change -> change.isAbout(fact, source)).onOverflow().buffer(BUFFER));
    }

    /**
     * The committed changes about this fact or source (both null: all) after position {@code since}: those already
     * committed, read from the change log, then the new ones as they commit; each once, in commit order.
     */
    public Multi<FactChange> about(Long fact, Long source, long since) {
        Predicate<FactChange> about = change -> change.isAbout(fact, source);
        return delivered(Multi.createFrom().deferred(() -> {
            AtomicReference<Cancellable> upstream = new AtomicReference<>();
            UnicastProcessor<FactChange> live = UnicastProcessor.create(new ArrayBlockingQueue<>(BUFFER),
                    () -> upstream.get().cancel());
            long upTo;
            // Under the lock that publishing takes: every change after upTo reaches the live buffer.
            synchronized (this) {
                upTo = head;
                upstream.set(processor.filter(about).subscribe().with(live::onNext, live::onError,
                        live::onComplete));
            }
            long liveAfter = Math.max(since, upTo);
            return Multi.createBy().concatenating().streams(logged(since, upTo).filter(about),
                    live.filter(change -> change.logPosition > liveAfter));
        }));
    }

    /**
     * Refuses a position the change log does not hold yet. One this replica has published is held; a later one
     * (another replica's client may be ahead of this replica by a few milliseconds) is looked up.
     */
    public void checkPosition(long since) throws BadUserInputException {
        if (since <= head()) {
            return;
        }
        long last;
        try (Connection connection = database.getConnection()) {
            last = ChangeLog.last(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the change log's position", e);
        }
        if (since > last) {
            throw new BadUserInputException("There is no position " + since + " in the change log (the last is "
                    + last + "): pass the `position` of a change received.", "since");
        }
    }

    /** The changes after {@code since} up to {@code upTo}, from the change log, a page at a time as requested. */
    private Multi<FactChange> logged(long since, long upTo) {
        return Multi.createFrom().items(() -> LongStream.iterate(since, from -> from < upTo, from -> from + PAGE)
                        .boxed())
                .onItem().transformToUniAndConcatenate(from -> Uni.createFrom().item(() -> read(from,
                        Math.min(from + PAGE, upTo))).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onItem().transformToIterable(changes -> changes);
    }

    private List<FactChange> read(long after, long upTo) {
        try (Connection connection = database.getConnection()) {
            return ChangeLog.read(connection, after, upTo);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the change log", e);
        }
    }

    private static Multi<FactChange> delivered(Multi<FactChange> changes) {
        return changes
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(BackPressureFailure.class).transform(e -> new SubscriberTooSlowException(BUFFER));
    }

    private record Commit(long last, List<FactChange> changes) {
    }
}
