package dev.rivalrygraph.persistence;

import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * SQL that a Hibernate listener runs on the session's own connection, inside the flush or just before the commit,
 * so that it commits or rolls back with the write that caused it. Run the way Hibernate runs its own statements: logged, counted in its
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
        run(session, sql, what, parameters, jdbc -> jdbc.getStatementPreparer().prepareStatement(sql),
                (jdbc, statement) -> {
                    jdbc.getResultSetReturn().executeUpdate(statement, sql);
                    return null;
                });
    }

    /** Runs the INSERT {@code sql} and returns the id the database gave the row (its column {@code id}). */
    public static long insert(SharedSessionContractImplementor session, String sql, String what,
            Parameters parameters) {
        return run(session, sql, what, parameters,
                jdbc -> jdbc.getStatementPreparer().prepareStatement(sql, new String[] {"id"}),
                (jdbc, statement) -> {
                    jdbc.getResultSetReturn().executeUpdate(statement, sql);
                    try (ResultSet keys = statement.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                });
    }

    /** Runs the query {@code sql} and returns the first column of its only row. */
    public static long queryLong(SharedSessionContractImplementor session, String sql, String what,
            Parameters parameters) {
        return run(session, sql, what, parameters, jdbc -> jdbc.getStatementPreparer().prepareStatement(sql),
                (jdbc, statement) -> {
                    ResultSet row = jdbc.getResultSetReturn().extract(statement, sql);
                    row.next();
                    return row.getLong(1);
                });
    }

    private interface Prepare {
        PreparedStatement prepare(JdbcCoordinator jdbc);
    }

    private interface Execute<T> {
        T execute(JdbcCoordinator jdbc, PreparedStatement statement) throws SQLException;
    }

    private static <T> T run(SharedSessionContractImplementor session, String sql, String what,
            Parameters parameters, Prepare prepare, Execute<T> execute) {
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = prepare.prepare(jdbc);
        try {
            parameters.bind(statement);
            return execute.execute(jdbc, statement);
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, what, sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }
}
