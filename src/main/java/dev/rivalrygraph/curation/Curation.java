package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.ConflictException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Rank;
import dev.rivalrygraph.fact.Ranks;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.source.Source;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The writes curators make. Each runs in the caller's transaction, which rolls back on any failure, checked ones
 * included: a refused write changes nothing. Every change to a record goes through its version (optimistic
 * locking): an update naming a version that is no longer current is refused with CONFLICT.
 */
@ApplicationScoped
public class Curation {

    static final String CITATIONS = "input.citations";

    /**
     * Serialization failure (PostgreSQL), deadlock (PostgreSQL), lock timeout and concurrent update (H2): another
     * writer of the same row won.
     */
    private static final Set<String> CONCURRENT_WRITE_STATES = Set.of("40001", "40P01", "HYT00", "90131");

    /** Adds a cited record. */
    public <F extends Fact> F add(F record, FactValues<F> input) throws BadUserInputException {
        input.applyTo(record);
        record.persist();
        Citations.add(record.id, input.citations, CITATIONS);
        Ranks.refresh(record);
        return record;
    }

    /** Replaces the values of a record of {@code type}, adding the input's citations to its own. */
    public <F extends Fact> F update(Class<F> type, String id, long expectedVersion, FactValues<F> input)
            throws BadUserInputException, NotFoundException, ConflictException {
        F record = current(type, id, expectedVersion);
        input.applyTo(record);
        Citations.add(record.id, input.citations, CITATIONS);
        return saved(record);
    }

    /** Adds citations to any record (every record is {@link Cited}). */
    public Cited cite(String id, Long expectedVersion, List<CitationValues> citations)
            throws BadUserInputException, NotFoundException, ConflictException {
        Fact record = current(Fact.class, id, expectedVersion);
        Citations.add(record.id, citations, "citations");
        return (Cited) saved(record);
    }

    /** Gives any record a new rank: DEPRECATED with a reason (nothing is deleted), PREFERRED, or NORMAL again. */
    public Cited rank(String id, Long expectedVersion, Rank rank, String reason)
            throws BadUserInputException, NotFoundException, ConflictException {
        Fact record = current(Fact.class, id, expectedVersion);
        Ranks.change(record, rank, reason);
        return (Cited) saved(record);
    }

    public Source addSource(SourceValues input) throws BadUserInputException {
        Source source = new Source();
        input.applyTo(source);
        source.persist();
        return source;
    }

    /** Replaces a source's values and text; every passage already cited must still occur in the new text. */
    public Source updateSource(String id, long expectedVersion, SourceValues input)
            throws BadUserInputException, NotFoundException, ConflictException {
        Long key = GlobalId.of(id, "Source");
        Source source = Source.findById(key);
        if (source == null) {
            throw new NotFoundException("No source has id \"" + id + "\".");
        }
        checkVersion(id, source.version, expectedVersion);
        Citations.stillQuoted(source.id, input.text, "input.text");
        input.applyTo(source);
        return flushed(source, "Source", source.id, source.version, "source",
                () -> Panache.getEntityManager().flush());
    }

    /** The record of {@code type} with this global id, as of {@code expectedVersion} (any, when null). */
    private static <F extends Fact> F current(Class<F> type, String id, Long expectedVersion)
            throws BadUserInputException, NotFoundException, ConflictException {
        GlobalId parsed = GlobalId.parse(id);
        F record = Panache.getEntityManager().find(type, parsed.id());
        if (record == null || !record.getClass().getSimpleName().equals(parsed.type())) {
            throw new NotFoundException("No record of this kind has id \"" + id + "\".");
        }
        if (expectedVersion != null) {
            checkVersion(id, record.version, expectedVersion);
        }
        return record;
    }

    private static void checkVersion(String id, long current, long expected) throws ConflictException {
        if (current != expected) {
            throw conflict(id, current, expected);
        }
    }

    private static ConflictException conflict(String id, long current, long expected) {
        return new ConflictException("\"" + id + "\" is at version " + current + ", not " + expected + ": someone "
                + "changed it since you read it. Read it again, and re-apply your change to version " + current
                + " if it still holds.", current);
    }

    /**
     * Writes the change now, so that a concurrent one surfaces here as CONFLICT rather than at commit. A change
     * of citations alone leaves the record's own row clean: its version is then incremented explicitly, so that
     * every change counts.
     */
    private static <F extends Fact> F saved(F record) throws ConflictException {
        long read = record.version;
        return flushed(record, record.getClass().getSimpleName(), record.id, read, "fact", () -> {
            Ranks.refresh(record);
            if (record.version == read) {
                Panache.getEntityManager().lock(record, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        });
    }

    /**
     * Runs {@code write}, which flushes; a concurrent change of the row (a stale version, or a lock held by a writer
     * that then committed) becomes CONFLICT with the row's committed version.
     */
    private static <T> T flushed(T record, String type, Long id, long readVersion, String table, Runnable write)
            throws ConflictException {
        try {
            write.run();
            return record;
        } catch (PersistenceException e) {
            if (!isConflict(e)) {
                throw e;
            }
            throw conflict(GlobalId.of(type, id), currentVersion(table, id), readVersion);
        }
    }

    /** Whether a write failed because another transaction changed or locked the same row. */
    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof SQLException sql && CONCURRENT_WRITE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The committed version of a row, read in a transaction of its own (this one is failing). */
    private static long currentVersion(String table, Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT version FROM " + table + " WHERE id = :id")
                .setParameter("id", id).getSingleResult()).longValue());
    }
}
