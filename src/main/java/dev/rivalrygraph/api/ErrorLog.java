package dev.rivalrygraph.api;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.UUID;

/**
 * What the server log says about the errors a client gets. A client's mistake (bad input, validation, not found,
 * unauthenticated...) is the client's business: one line at DEBUG, or INFO for a refused login, never a stack trace.
 * A server fault is logged at ERROR with its stack trace under an error id, which the client gets too
 * ({@code extensions.errorId}), so that a report from a client leads to its log entry.
 */
final class ErrorLog {

    private static final Logger LOG = Logger.getLogger(ErrorLog.class);

    private ErrorLog() {
    }

    /** Logs a server fault with its exception; returns the id that names it to the client. */
    static String serverFault(GraphQLError error) {
        String id = UUID.randomUUID().toString();
        Throwable cause = error instanceof ExceptionWhileDataFetching fetching ? fetching.getException() : null;
        LOG.errorf(cause, "Internal error %s at %s: %s", id, error.getPath(),
                cause == null ? error.getMessage() : cause.toString());
        return id;
    }

    /** A refused login: one line, naming neither the password nor the token. */
    static void loginRefused() {
        LOG.info("Authentication failed: a write's credentials were not accepted");
    }

    /**
     * Any other error the client is told about: its code and message, one line at DEBUG; a statement the database
     * cancelled (TIMEOUT) at WARN, as it may be the database's doing rather than the client's.
     */
    static void clientError(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions();
        Object code = extensions == null ? null : extensions.get("code");
        Logger.Level level = "TIMEOUT".equals(code) ? Logger.Level.WARN : Logger.Level.DEBUG;
        if (LOG.isEnabled(level)) {
            LOG.logf(level, "Client error %s at %s: %s", code, error.getPath(), error.getMessage());
        }
    }
}
