package dev.rivalrygraph.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

import java.util.List;
import java.util.Map;

/** A request went past one of {@link ApiLimits}: execution stops, and the client is told which limit and why. */
public final class LimitExceededException extends AbortExecutionException {

    public static final String CODE = "LIMIT_EXCEEDED";

    public LimitExceededException(String message) {
        super(List.of(error(message)));
    }

    static GraphQLError error(String message) {
        return GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorClassification.errorClassification("LimitExceeded"))
                .extensions(Map.of("code", CODE, "classification", "LimitExceeded"))
                .build();
    }
}
