package dev.rivalrygraph.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The request's arguments cannot be answered as given; the message says what to change, and {@link #field}, when
 * known, which input field it is about (reported as {@code extensions.field}).
 */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends Exception {

    private final String field;

    public BadUserInputException(String message) {
        this(message, null);
    }

    /** @param field the path of the offending input field ("input.citations[0].excerpt"), or null */
    public BadUserInputException(String message, String field) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
