package dev.rivalrygraph.api;

import graphql.analysis.QueryTraverser;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.CoercedVariables;
import graphql.execution.ResultPath;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.ConflictException;
import dev.rivalrygraph.fact.RankSelection;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import org.dataloader.DataLoaderRegistry;
import graphql.ExecutionResult;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.validation.BeanValidationError;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Enforces {@link ApiLimits} on every operation, and cleans the errors it returns. The operation's shape (depth,
 * fields, aliases, operations) is checked before it runs, its time while it runs: a deep chain has few fields and a
 * wide query little depth, so both are measured, and the time budget catches what the shape cannot predict.
 */
public class ApiInstrumentation extends SimplePerformantInstrumentation {

    /** SmallRye's message for an exception whose own message it hides. */
    private static final String SYSTEM_ERROR = "System error";

    private final ApiLimits limits;
    private final MeterRegistry meters;
    private final Supplier<String> unauthenticatedMessage;

    /** @param unauthenticatedMessage what a write without credentials is told (it depends on the configuration) */
    public ApiInstrumentation(ApiLimits limits, MeterRegistry meters, Supplier<String> unauthenticatedMessage) {
        this.limits = limits;
        this.meters = meters;
        this.unauthenticatedMessage = unauthenticatedMessage;
    }

    /**
     * Times each root field ("person", "claims") with the timer SmallRye GraphQL would publish, {@code mp_graphql}.
     * SmallRye's own metrics record nothing when executions run on worker threads, as they do here.
     */
    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        // Root fields only; asked of every field of every answer, so without walking the path (getLevel does).
        ResultPath parent = parameters.getExecutionStepInfo().getPath().getParent();
        if (parent == null || !parent.isRootPath()) {
            return SimpleInstrumentationContext.noOp();
        }
        Timer.Sample sample = Timer.start(meters);
        String name = parameters.getExecutionStepInfo().getFieldDefinition().getName();
        String type = parameters.getExecutionContext().getOperationDefinition().getOperation().name();
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> sample.stop(meters.timer("mp_graphql",
                "name", name, "type", type, "source", "false")));
    }

    /**
     * When this execution must stop: its time budget is spent, or its client has gone. And whether the HTTP layer
     * has checked the operation's shape already ({@link GraphQLOverHttp}); operations over WebSocket it has not.
     */
    record Deadline(long nanos, BooleanSupplier clientGone, AtomicBoolean reported, boolean shapeChecked)
            implements InstrumentationState {
        boolean passed() {
            return System.nanoTime() - nanos > 0 || clientGone.getAsBoolean();
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        if (Arc.container().requestContext().isActive()) {
            ranks().reset();
        }
        RoutingContext request = currentRequest();
        BooleanSupplier clientGone = request == null ? () -> false : request.response()::closed;
        return new Deadline(System.nanoTime() + limits.timeBudget().toNanos(), clientGone, new AtomicBoolean(),
                request != null && Boolean.TRUE.equals(request.get(GraphQLOverHttp.SHAPE_CHECKED)));
    }

    /** The request's data loaders, keyed by parent and arguments ({@link ArgumentBatches}). */
    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        DataLoaderRegistry smallrye = input.getDataLoaderRegistry();
        DataLoaderRegistry.Builder keyed = DataLoaderRegistry.newRegistry()
                .instrumentation(smallrye.getInstrumentation());
        smallrye.getDataLoadersMap()
                .forEach((name, loader) -> keyed.register(name, ArgumentBatches.keyedByArguments(loader)));
        return input.transform(builder -> builder.dataLoaderRegistry(keyed.build()));
    }

    /** The HTTP request of this execution; null for executions without one. */
    private static RoutingContext currentRequest() {
        var request = Arc.container().instance(CurrentVertxRequest.class);
        return request.isAvailable() && Arc.container().requestContext().isActive() ? request.get().getCurrent()
                : null;
    }

    /**
     * Lets SmallRye's document cache see validations. SmallRye caches a parsed and validated document when it
     * watches it pass validation, as an instrumentation of the engine, and {@link GraphQLSetup} replaces the
     * engine's instrumentation with this one: without this, every request was parsed twice and validated again.
     */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        QueryCache cache = context == null ? null : context.getQueryCache();
        return cache == null ? super.beginValidation(parameters, state) : cache.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (((Deadline) state).shapeChecked()) {
            return SimpleInstrumentationContext.noOp();
        }
        ExecutionContext context = parameters.getExecutionContext();
        checkShape(limits, context.getGraphQLSchema(), context.getDocument(),
                context.getExecutionInput().getOperationName(), context.getCoercedVariables());
        return SimpleInstrumentationContext.noOp();
    }

    static void checkOperationCount(ApiLimits limits, Document document) {
        long operations = document.getDefinitionsOfType(OperationDefinition.class).size();
        if (operations > limits.maxOperations()) {
            throw new LimitExceededException("The document defines " + operations + " operations; at most "
                    + limits.maxOperations() + " are allowed.");
        }
    }

    /** Refuses a document whose shape is past the limits, before anything runs. */
    static void checkShape(ApiLimits limits, GraphQLSchema schema, Document document, String operationName,
            CoercedVariables variables) {
        checkOperationCount(limits, document);
        Shape shape = new Shape();
        QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build()
                .visitPreOrder(shape);
        check(shape.depth, limits.maxDepth(), "levels of nested fields");
        check(shape.fields, limits.maxFields(), "fields");
        check(shape.aliases, limits.maxAliases(), "aliased fields");
    }

    private static void check(int actual, int max, String what) {
        if (actual > max) {
            throw new LimitExceededException("The query has " + actual + " " + what + "; the limit is " + max
                    + ". Ask for less, or split it into several requests.");
        }
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return timed(chosenRanks(dataFetcher, parameters), parameters, state);
    }

    /**
     * The one place that reads the {@code ranks} argument: a root field taking it chooses the request's selection
     * before its resolver runs ({@link RankSelection.Chosen}), and every resolver of the request hands the chosen
     * rule to its queries. Only root fields declare {@code ranks}.
     */
    private DataFetcher<?> chosenRanks(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters) {
        if (parameters.getField().getArgument(RANKS) == null
                || !parameters.getExecutionStepInfo().getPath().getParent().isRootPath()) {
            return dataFetcher;
        }
        String field = parameters.getField().getName();
        return environment -> {
            Object asked = environment.getArgument(RANKS);
            ranks().choose(asked == null ? null : RankSelection.valueOf(asked.toString()), field);
            return dataFetcher.get(environment);
        };
    }

    private static final String RANKS = "ranks";

    /** The request's rank selection. */
    private static RankSelection.Chosen ranks() {
        return Arc.container().instance(RankSelection.Chosen.class).get();
    }

    private DataFetcher<?> timed(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // A subscription lives as long as its client wants it: the budget of one request does not apply to it (each
        // event resolves the few fields the shape limits allow, in batches).
        if (parameters.isTrivialDataFetcher() || parameters.getExecutionContext().getOperationDefinition()
                .getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            return dataFetcher;
        }
        Deadline deadline = (Deadline) state;
        // Past the deadline a field answers null with a typed error instead of running: a result rather than an
        // exception, so that SmallRye's exception handler does not replace the error's code.
        return environment -> deadline.passed() ? stopped(environment, deadline) : dataFetcher.get(environment);
    }

    /**
     * What a field answers once the request must stop: the first says why, the rest stay quiet (one error per
     * field would cost more than the work saved), and lists come back empty, so nothing below them runs.
     */
    private Object stopped(DataFetchingEnvironment environment, Deadline deadline) {
        Object empty = GraphQLTypeUtil.unwrapNonNull(environment.getFieldType()) instanceof GraphQLList ? List.of()
                : null;
        if (!deadline.reported().compareAndSet(false, true)) {
            return empty;
        }
        return DataFetcherResult.newResult().data(empty).error(LimitExceededException.error(
                deadline.clientGone().getAsBoolean() ? "The client closed the connection; the request was stopped."
                        : "The request ran out of its time budget of " + limits.timeBudget().toSeconds()
                                + " s; ask for less at once.")).build();
    }

    /**
     * Cleans every error's message on the way out (graphql-java's validation messages carry AST dumps and Java
     * type names); errors whose message is already clean keep their SmallRye extensions, the error code included.
     */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(this::recode).map(ApiInstrumentation::clean)
                .toList();
        return CompletableFuture.completedFuture(result.transform(r -> r.errors(errors)));
    }

    /**
     * Gives errors SmallRye reports without our code one: refused writes (security's exceptions, bean validation)
     * and typed errors with details beyond the code (the field of a bad input, the current version of a conflict).
     */
    private GraphQLError recode(GraphQLError error) {
        if (error instanceof BeanValidationError) {
            return Violations.badUserInput(error);
        }
        if (!(error instanceof ExceptionWhileDataFetching fetching)) {
            return error;
        }
        Throwable exception = fetching.getException();
        if (exception instanceof UnauthorizedException) {
            return recoded(error, "UNAUTHENTICATED", unauthenticatedMessage.get(), Map.of());
        }
        if (exception instanceof AuthenticationFailedException) {
            ErrorLog.loginRefused();
            return recoded(error, "UNAUTHENTICATED", "The credentials were not accepted: check the user name and "
                    + "password, or the token.", Map.of());
        }
        if (exception instanceof ForbiddenException) {
            return recoded(error, "FORBIDDEN", "Writes need the curator role, which these credentials do not "
                    + "have.", Map.of());
        }
        if (exception instanceof BadUserInputException bad && bad.field() != null) {
            return recoded(error, "BAD_USER_INPUT", bad.getMessage(), Map.of("field", bad.field()));
        }
        if (exception instanceof ConflictException conflict) {
            return recoded(error, "CONFLICT", conflict.getMessage(),
                    Map.of("currentVersion", conflict.currentVersion()));
        }
        return error;
    }

    static GraphQLError recoded(GraphQLError error, String code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(details);
        return rewritten(error, message, extensions);
    }

    private static GraphQLError clean(GraphQLError error) {
        String message = Messages.clean(error.getMessage());
        Map<String, Object> extensions = error.getExtensions();
        // SmallRye hides an unexpected exception's message but names its class in the code ("illegal-state").
        if (SYSTEM_ERROR.equals(error.getMessage())) {
            extensions = new HashMap<>(extensions == null ? Map.of() : extensions);
            extensions.put("code", "INTERNAL_ERROR");
            String id = ErrorLog.serverFault(error);
            extensions.put("errorId", id);
            return rewritten(error, "Internal error: the request could not be completed. It has been logged as "
                    + id + ".", extensions);
        }
        ErrorLog.clientError(error);
        return message.equals(error.getMessage()) ? error : rewritten(error, message, extensions);
    }

    /** The error with another message and extensions, at the same place. */
    private static GraphQLError rewritten(GraphQLError error, String message, Map<String, Object> extensions) {
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    /** Depth, field count and alias count of an operation, fragments expanded where they are used. */
    private static final class Shape extends QueryVisitorStub {
        int depth;
        int fields;
        int aliases;

        @Override
        public void visitField(QueryVisitorFieldEnvironment environment) {
            fields++;
            if (environment.getField().getAlias() != null) {
                aliases++;
            }
            int level = 1;
            for (var parent = environment.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
                level++;
            }
            depth = Math.max(depth, level);
        }
    }
}
