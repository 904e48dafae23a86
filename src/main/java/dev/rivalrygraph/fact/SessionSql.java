package dev.rivalrygraph.fact;

import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * SQL that a Hibernate listener runs on the session's own connection, inside the flush, so that it commits or rolls
 * back with the write that caused it. Run the way Hibernate runs its own statements: logged, counted in its
 * statistics, released after use.
 */
public final class SessionSql {

    /** Sets a statement's parameters. */
    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private SessionSql() {
    }

    /** Runs {@code sql}; {@code what} names it in the error if it fails ("could not record a change"). */
    public static void update(SharedSessionContractImplementor session, String sql, String what,
            Parameters parameters) {
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            parameters.bind(statement);
            jdbc.getResultSetReturn().executeUpdate(statement, sql);
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, what, sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }
}
