package dev.rivalrygraph.node;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** Some of the records asked for exist and are returned; the others are null, and this error names them. */
@ErrorCode("NOT_FOUND")
public class PartlyFoundException extends GraphQLException {
    public PartlyFoundException(String message, Object partialResults) {
        super(message, partialResults);
    }
}
