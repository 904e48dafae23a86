package dev.rivalrygraph.path;

import io.smallrye.graphql.api.ErrorCode;

/** A chain search ran past the request's time budget before it found its answer. */
@ErrorCode("LIMIT_EXCEEDED")
public class SearchTooLongException extends Exception {
    public SearchTooLongException(String message) {
        super(message, null, false, false);
    }
}
