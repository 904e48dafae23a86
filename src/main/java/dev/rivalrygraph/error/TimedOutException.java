package dev.rivalrygraph.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The database did not answer within the statement timeout, so the query was cancelled and its connection freed.
 * Unchecked because it replaces the persistence layer's own (unchecked) timeout exceptions; listed in
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message} so that clients see this message.
 */
@ErrorCode("TIMEOUT")
public class TimedOutException extends RuntimeException {
    public TimedOutException(String message) {
        super(message, null, false, false);
    }
}
