package dev.rivalrygraph.history;

import dev.rivalrygraph.persistence.SessionSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The change log as the outbox of committed changes. Each transaction that writes the log takes, just before it
 * commits, one position per fact it changed and one per source, from the single row of {@code change_log_head}; the
 * row lock it takes there is held until it commits, so positions are contiguous and in commit order (see
 * docs/replicas.md). On PostgreSQL the same transaction sends a {@code NOTIFY} on {@link #CHANNEL}, delivered at
 * commit to every replica's listener (the live package's fan-out), which reads the log from its
 * last position. On H2 (one instance) the committed changes go to the live feed ({@link Commits}) in process.
 */
@ApplicationScoped
public class ChangeLog {

    public static final String CHANNEL = "rivalry_change_log";

    private static final String TAKE = "UPDATE change_log_head SET log_position = log_position + ? WHERE id = 1";
    private static final String TAKEN = "SELECT log_position FROM change_log_head WHERE id = 1";
    private static final String PLACE = "UPDATE change_log SET log_position = ? WHERE id = ?";
    private static final String NOTIFY = "NOTIFY " + CHANNEL;
    private static final String READ = "SELECT log_position, id, fact_id, operation, changed_at, changed_by, mentions "
            + "FROM change_log WHERE log_position > ? AND log_position <= ? ORDER BY log_position, id";
    private static final String LAST = "SELECT MAX(log_position) FROM change_log";

    @Inject
    Commits feed;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** What each open transaction has logged so far; keyed by Hibernate session. */
    private final Map<SharedSessionContractImplementor, Open> open = new ConcurrentHashMap<>();

    /** Whether replicas learn of each other's commits through the database (PostgreSQL), not in process (H2). */
    public boolean fansOutThroughDatabase() {
        return "postgresql".equals(dbKind);
    }

    /**
     * Called in the transaction that wrote log row {@code rowId} about fact {@code factId} (with {@code change}, the
     * event subscribers get) or else source {@code sourceId}.
     */
    void logged(SharedSessionContractImplementor session, long rowId, Long factId, Long sourceId,
            FactChange change) {
        Open transaction = open.computeIfAbsent(session, s -> {
            s.getTransactionCompletionCallbacks().registerCallback(this::beforeCommit);
            s.getTransactionCompletionCallbacks().registerCallback(this::completed);
            return new Open();
        });
        String key = factId != null ? "fact " + factId : "source " + sourceId;
        Entry entry = transaction.entries.computeIfAbsent(key, k -> new Entry());
        entry.rows.add(rowId);
        if (change != null) {
            entry.change = entry.change == null ? change : entry.change.and(change);
        }
    }

    /** After the last flush, before the commit: takes the positions, writes them to the rows, notifies. */
    private void beforeCommit(SharedSessionContractImplementor session) {
        Open transaction = open.get(session);
        if (transaction == null || transaction.entries.isEmpty()) {
            return;
        }
        int count = transaction.entries.size();
        SessionSql.update(session, TAKE, "could not take change log positions", s -> s.setInt(1, count));
        long last = SessionSql.queryLong(session, TAKEN, "could not take change log positions", s -> { });
        long position = last - count + 1;
        transaction.first = position;
        transaction.last = last;
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement place = jdbc.getStatementPreparer().prepareStatement(PLACE);
        try {
            for (Entry entry : transaction.entries.values()) {
                for (long row : entry.rows) {
                    place.setLong(1, position);
                    place.setLong(2, row);
                    place.addBatch();
                }
                if (entry.change != null) {
                    transaction.changes.add(entry.change.atPosition(position));
                }
                position++;
            }
            place.executeBatch();
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "could not place changes", PLACE);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(place);
            jdbc.afterStatementExecution();
        }
        if (fansOutThroughDatabase()) {
            SessionSql.update(session, NOTIFY, "could not notify the other replicas", s -> { });
        }
    }

    private void completed(boolean committed, SharedSessionContractImplementor session) {
        Open transaction = open.remove(session);
        if (committed && transaction != null && transaction.last > 0) {
            // In the writer's thread, before its answer: its next read finds the data version advanced.
            feed.committedHere(transaction.last);
            if (!fansOutThroughDatabase()) {
                feed.committed(transaction.first, transaction.last, transaction.changes);
            }
        }
    }

    /** The highest committed position (0 for an empty log): every position up to it is committed. */
    public static long last(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(LAST)) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * The committed changes to facts at positions after {@code after} up to {@code upTo}, in order, one per fact
     * per transaction, as the live feed published them (a source's changes have positions but no event).
     */
    public static List<FactChange> read(Connection connection, long after, long upTo) throws SQLException {
        List<FactChange> changes = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement(READ)) {
            sql.setLong(1, after);
            sql.setLong(2, upTo);
            try (ResultSet rows = sql.executeQuery()) {
                FactChange change = null;
                while (rows.next()) {
                    long position = rows.getLong(1);
                    long factId = rows.getLong(3);
                    if (rows.wasNull()) {
                        continue;
                    }
                    FactChange row = new FactChange(factId, ChangeOperation.valueOf(rows.getString(4)),
                            rows.getObject(5, OffsetDateTime.class), rows.getString(6),
                            Mentions.fromJson(rows.getString(7), factId)).atPosition(position);
                    if (change != null && change.logPosition == position) {
                        change = change.and(row);
                    } else {
                        if (change != null) {
                            changes.add(change);
                        }
                        change = row;
                    }
                }
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        return changes;
    }

    private static final class Open {
        final Map<String, Entry> entries = new LinkedHashMap<>();
        final List<FactChange> changes = new ArrayList<>();
        long first;
        long last;
    }

    private static final class Entry {
        final List<Long> rows = new ArrayList<>();
        FactChange change;
    }
}
