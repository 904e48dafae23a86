package dev.rivalrygraph.fact;

import dev.rivalrygraph.persistence.SessionSql;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps the {@code statement} table equal to the {@code statement_source} view (V9) for every record Hibernate
 * writes: its rows are rewritten in the same transaction, right after the record's own rows, so no reader ever sees
 * a record without its statements. A renamed organization rewrites the statements that name it (its roles' `at X`).
 * Writes that bypass Hibernate (migrations, the generator) call {@link #rebuild}.
 */
public class Statements implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** What a statement is about: records with the same key and different values disagree. */
    public record Key(long subject, String property, String qualifier) {

        /** The key in {@code row[at]}, {@code row[at + 1]}, {@code row[at + 2]} of a native query's row. */
        public static Key of(Object[] row, int at) {
            return new Key(((Number) row[at]).longValue(), (String) row[at + 1], (String) row[at + 2]);
        }
    }

    /** The record's rows and those that name it (roles, whose qualifier is the organization's name). */
    private static final String AFFECTED = "fact_id = ? OR about2 = ?";
    private static final String DELETE = "DELETE FROM statement WHERE " + AFFECTED;
    private static final String INSERT = "INSERT INTO statement SELECT * FROM statement_source WHERE " + AFFECTED;

    @Override
    public void onPostInsert(PostInsertEvent event) {
        refresh(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        refresh(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        refresh(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static void refresh(SharedSessionContractImplementor session, Object entity, Object id) {
        if (!(entity instanceof Fact)) {
            return;
        }
        for (String sql : new String[] {DELETE, INSERT}) {
            SessionSql.update(session, sql, "could not update statements", statement -> {
                statement.setLong(1, (Long) id);
                statement.setLong(2, (Long) id);
            });
        }
    }

    /** Rewrites the whole table from the view, in the caller's transaction: after writes that bypass Hibernate. */
    public static void rebuild(Connection db) throws SQLException {
        try (var sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM statement");
            sql.executeUpdate("INSERT INTO statement SELECT * FROM statement_source");
        }
    }
}
