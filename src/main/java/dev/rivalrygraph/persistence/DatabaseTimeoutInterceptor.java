package dev.rivalrygraph.persistence;

import dev.rivalrygraph.error.TimedOutException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * Turns a statement cancelled by the query timeout into a typed TIMEOUT error. It runs outside
 * {@code @Transactional} (a lower priority runs first), so the transaction has been rolled back by then.
 */
@DatabaseTimeouts
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DatabaseTimeoutInterceptor {

    /** SQL's "query canceled" state, which PostgreSQL and H2 both report for a statement timeout. */
    private static final String QUERY_CANCELED = "57014";

    @ConfigProperty(name = "rivalry.query-timeout-ms")
    long timeoutMillis;

    @AroundInvoke
    Object translateTimeouts(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (RuntimeException e) {
            if (isTimeout(e)) {
                throw new TimedOutException("The database did not answer within " + timeoutMillis
                        + " ms, so this part of the query was cancelled. Ask for less (a smaller `first`, fewer"
                        + " nested fields) or try again later.");
            }
            throw e;
        }
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof SQLTimeoutException
                    || t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
