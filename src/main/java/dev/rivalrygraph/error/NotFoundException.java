package dev.rivalrygraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** A lookup named something the graph does not hold. Checked, so SmallRye shows its message to the client. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends Exception {
    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
