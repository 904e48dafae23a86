package dev.rivalrygraph.fact;

import io.smallrye.graphql.api.ErrorCode;

/** The request's arguments cannot be answered as given; the message says what to change. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends Exception {
    public BadUserInputException(String message) {
        super(message, null, false, false);
    }
}
