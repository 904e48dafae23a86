package dev.rivalrygraph.api;

import graphql.ErrorClassification;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The GraphQL-over-HTTP contract, in front of SmallRye's engine: JSON bodies only (a cross-site {@code text/plain}
 * POST gets no preflight, so it is refused), GET for queries but never mutations, bounded bodies, persisted queries,
 * and the specification's status codes for both response media types. A request that cannot run is answered here,
 * with a typed error and no internals; one that can runs in {@link ExecutionHandler}, GET and POST alike, from the
 * request as read here.
 * <p>
 * Works around Quarkus 3.34 / SmallRye GraphQL 2.17: their GET handler URL-decodes the parameters a second time and
 * reads the {@code query} parameter as the operation name when {@code operationName} is given. Reproduction:
 * {@code GET /graphql?query=%7Bsearch(text%3A%22C%2B%2B%22)%7B__typename%7D%7D} searches for "C  ", and
 * {@code "100%"} answers a plain-text 500. {@code GetRequestTest} fails if GET ever stops running here.
 */
@ApplicationScoped
public class GraphQLOverHttp {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    /** Set on a request whose operation passed the shape limits here, so that the engine does not check again. */
    static final String SHAPE_CHECKED = "rivalry.shape-checked";
    /** The {@link GraphQLRequest} that {@link ExecutionHandler} runs, set once every check here has passed. */
    static final String REQUEST = "rivalry.request";
    /** The {@link ResponseCache.Read} of a query (never of a mutation or subscription), set with {@link #REQUEST}. */
    static final String READ = "rivalry.read";

    @Inject
    ApiLimits limits;

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    PersistedQueries persistedQueries;

    @Inject
    ResponseCache cache;

    @Inject
    CacheSettings cacheSettings;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> corsOrigins;

    void install(@Observes Router router) {
        router.route("/graphql").order(-90).handler(BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes()));
        router.route("/graphql").order(-89).handler(this::check);
        // Blocking, as SmallRye's route is with its non-blocking mode off (application.properties).
        ExecutionHandler execution = new ExecutionHandler(identity, currentRequest, true, cache,
                new HttpCaching(cacheSettings, corsOrigins.filter(o -> !o.isEmpty()).isPresent()));
        router.route("/graphql").order(-88).blockingHandler(ctx -> {
            if (ExecutionHandler.answers(ctx)) {
                execution.handle(ctx);
            } else {
                ctx.next();
            }
        }, false);
    }

    private void check(RoutingContext ctx) {
        if ("websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
            ctx.next(); // GraphQL over WebSocket (subscriptions) has its own protocol
            return;
        }
        String mediaType = responseMediaType(ctx.request().getHeader(HttpHeaders.ACCEPT));
        if (mediaType == null) {
            reject(ctx, 406, JSON, "NOT_ACCEPTABLE",
                    "This endpoint answers in application/graphql-response+json or application/json.");
            return;
        }
        GraphQLRequest request;
        try {
            request = read(ctx, mediaType);
            if (request == null) {
                return;
            }
            request = persistedQueries.resolve(request);
        } catch (GraphQLRequest.Malformed e) {
            reject(ctx, e.status, mediaType, e.code, e.getMessage());
            return;
        }
        List<GraphQLError> errors = problems(request, ctx.request().method() == HttpMethod.GET, ctx, mediaType);
        if (ctx.response().ended()) {
            return;
        }
        if (!errors.isEmpty()) {
            // A request that cannot execute has no "data": 400 with the GraphQL media type, 200 with plain JSON.
            respond(ctx, GRAPHQL_RESPONSE.equals(mediaType) ? 400 : 200, mediaType, errors);
            return;
        }
        ctx.put(SHAPE_CHECKED, Boolean.TRUE);
        ctx.put(REQUEST, request);
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() != 304) { // a 304 has no body to describe
                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
            }
        });
        // Credentials are checked lazily, when a write asks who is calling. Quarkus would answer a failed check
        // with its own 401 challenge, cutting the GraphQL response short; left alone, the failure reaches the
        // resolver instead, and the client gets a GraphQL error coded UNAUTHENTICATED.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, failure) -> {
        });
        ctx.next();
    }

    /** The request's operation, or null when the response has already been sent (a method or media type refused). */
    private GraphQLRequest read(RoutingContext ctx, String mediaType) throws GraphQLRequest.Malformed {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET) {
            // Vert.x has URL-decoded the parameters, once.
            return GraphQLRequest.fromParameters(ctx.request().getParam("query"),
                    ctx.request().getParam("operationName"), ctx.request().getParam("variables"),
                    ctx.request().getParam("extensions"), limits);
        }
        if (method != HttpMethod.POST) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            reject(ctx, 405, mediaType, "METHOD_NOT_ALLOWED", "Use POST (or GET, for queries only).");
            return null;
        }
        // GraphiQL sends its Content-Type twice ("application/json, application/json"): read the first.
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).split("[;,]")[0].strip().equals(JSON)) {
            reject(ctx, 415, mediaType, "UNSUPPORTED_MEDIA_TYPE",
                    "POST a JSON body with Content-Type: application/json.");
            return null;
        }
        return GraphQLRequest.fromBody(Utf8Body.decode(ctx.body().buffer()), limits);
    }

    /**
     * A document as the HTTP layer checks it whatever the variables: parsed and validated, or the errors that stop
     * it; and the verdict of the shape limits on each of its operations without variables.
     */
    private record Prepared(Document document, List<GraphQLError> errors, Map<String, List<GraphQLError>> shapes,
            String normalised) {
    }

    /** Most documents kept prepared; clients send the same few documents again and again. */
    private static final int PREPARED_DOCUMENTS = 500;

    /** The documents checked lately, by their text: parsing and validating took a tenth of a small query's CPU. */
    private final Map<String, Prepared> prepared = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
                    return size() > PREPARED_DOCUMENTS;
                }
            });

    private Prepared prepare(String query) {
        Prepared known = prepared.get(query);
        if (known != null) {
            return known;
        }
        Prepared fresh = prepareAnew(query);
        prepared.put(query, fresh);
        return fresh;
    }

    private Prepared prepareAnew(String query) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment()
                    .document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions())
                    .build());
        } catch (InvalidSyntaxException e) {
            return new Prepared(null, List.of(error("GRAPHQL_PARSE_FAILED", "The query is not valid GraphQL: "
                    + Messages.clean(e.getMessage()))), Map.of(), null);
        }
        try {
            ApiInstrumentation.checkOperationCount(limits, document);
        } catch (LimitExceededException e) {
            return new Prepared(null, e.getUnderlyingErrors(), Map.of(), null);
        }
        List<GraphQLError> invalid = new Validator().validateDocument(schema.get(), document, Locale.ENGLISH).stream()
                .map(v -> error("GRAPHQL_VALIDATION_FAILED", Messages.clean(v.getDescription())))
                .toList();
        // The response cache's key: the same operations whatever the layout, comments or commas.
        return new Prepared(document, invalid, new ConcurrentHashMap<>(),
                invalid.isEmpty() ? AstPrinter.printAstCompact(document) : null);
    }

    /** Everything that stops the operation before it runs: syntax, validation, variables, limits, GET mutations. */
    private List<GraphQLError> problems(GraphQLRequest request, boolean isGet, RoutingContext ctx, String mediaType) {
        Prepared document = prepare(request.query());
        if (document.document() == null) {
            return document.errors();
        }
        if (document.errors().isEmpty()) {
            persistedQueries.register(request);
        }
        OperationDefinition operation;
        try {
            operation = Operations.select(document.document(), request.operationName());
        } catch (IllegalArgumentException e) {
            return List.of(error("BAD_USER_INPUT", e.getMessage()));
        }
        if (isGet && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            reject(ctx, 405, mediaType, "METHOD_NOT_ALLOWED", "Only queries may be sent with GET; POST mutations.");
            return List.of();
        }
        if (!document.errors().isEmpty()) {
            return document.errors();
        }
        String outOfRange = IntRange.problem(document.document(), operation, request.variables());
        if (outOfRange != null) {
            return List.of(error("BAD_USER_INPUT", outOfRange));
        }
        CoercedVariables variables;
        try {
            variables = ValuesResolver.coerceVariableValues(schema.get(), operation.getVariableDefinitions(),
                    RawVariables.of(request.variables()), GraphQLContext.getDefault(), Locale.ENGLISH);
        } catch (RuntimeException e) {
            return List.of(error("BAD_USER_INPUT", Messages.clean(e.getMessage())));
        }
        if (operation.getOperation() == OperationDefinition.Operation.QUERY) {
            ctx.put(READ, ResponseCache.Read.of(document.normalised(), request, variables.toMap(), mediaType));
        }
        // Variables can switch fields on and off (@include, @skip): only a shape without them is the same each time.
        return operation.getVariableDefinitions().isEmpty()
                ? document.shapes().computeIfAbsent(String.valueOf(operation.getName()),
                        name -> shapeProblems(document.document(), request.operationName(), variables))
                : shapeProblems(document.document(), request.operationName(), variables);
    }

    private List<GraphQLError> shapeProblems(Document document, String operationName, CoercedVariables variables) {
        try {
            ApiInstrumentation.checkShape(limits, schema.get(), document, operationName, variables);
            return List.of();
        } catch (LimitExceededException e) {
            return e.getUnderlyingErrors();
        }
    }

    private static GraphQLError error(String code, String message) {
        return GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorClassification.errorClassification("RequestError"))
                .extensions(Map.of("code", code, "classification", "RequestError"))
                .build();
    }

    private static void reject(RoutingContext ctx, int status, String mediaType, String code, String message) {
        respond(ctx, status, mediaType, List.of(error(code, message)));
    }

    private static void respond(RoutingContext ctx, int status, String mediaType, List<GraphQLError> errors) {
        JsonArray list = new JsonArray();
        for (GraphQLError e : errors) {
            JsonObject json = new JsonObject().put("message", e.getMessage());
            if (e.getLocations() != null && !e.getLocations().isEmpty()) {
                json.put("locations", new JsonArray(e.getLocations().stream()
                        .map(l -> new JsonObject().put("line", l.getLine()).put("column", l.getColumn())).toList()));
            }
            json.put("extensions", new JsonObject(e.getExtensions()));
            list.add(json);
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                .end(new JsonObject().put("errors", list).encode());
    }

    /**
     * The media type to answer in: application/graphql-response+json when the client names it (and likes it no less
     * than application/json), application/json when it names only that, accepts anything ({@code *}{@code /*}) or
     * sends no Accept, as legacy clients do (GraphQL over HTTP, "Legacy watershed"); null when it accepts neither.
     */
    static String responseMediaType(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        String best = null;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            String candidate = switch (type) {
                case GRAPHQL_RESPONSE -> GRAPHQL_RESPONSE;
                case JSON, "application/*", "*/*" -> JSON;
                default -> null;
            };
            if (candidate != null && quality > bestQuality
                    || candidate != null && quality == bestQuality && GRAPHQL_RESPONSE.equals(candidate)) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }
}
