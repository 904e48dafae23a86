package dev.rivalrygraph.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import graphql.ErrorType;
import graphql.ExecutionResult;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the GET and POST requests that {@link GraphQLOverHttp} let through on SmallRye's engine, as they were read
 * there (one URL decoding for GET, a persisted query's document filled in), as SmallRye's own handler
 * does (the same identity, request context and engine, by extending its base class), but writes a clean answer
 * straight from graphql-java's result with a streaming JSON writer, where SmallRye 2.17 copies it into a tree of JSON-P
 * objects, prints the tree into a string and encodes the string (two copies of a 175 KB answer saved; JFR put a fifth
 * of the samples of a large answer in SmallRye's writer, though the throughput this change gained alone was within
 * the noise: see docs/performance.md). Answers that carry errors or extensions are written SmallRye's way, so
 * that their format stays SmallRye's; WebSocket upgrades and the methods GraphQLOverHttp refuses never get here.
 */
class ExecutionHandler extends SmallRyeGraphQLAbstractHandler {

    private static final Logger LOG = Logger.getLogger(ExecutionHandler.class);
    /** Characters beyond the BMP (emoji) as UTF-8 bytes, as SmallRye writes them, not as escaped surrogate pairs. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private final ResponseCache cache;
    private final HttpCaching http;

    /**
     * @param runBlocking whether resolvers run on worker threads, as SmallRye's handler is told (application
     *        properties turn SmallRye's non-blocking mode off)
     */
    ExecutionHandler(CurrentIdentityAssociation identity, CurrentVertxRequest request, boolean runBlocking,
            ResponseCache cache, HttpCaching http) {
        super(identity, request, runBlocking);
        this.cache = cache;
        this.http = http;
    }

    /** Whether this handler answers, rather than SmallRye's: every request that passed the HTTP layer's checks. */
    static boolean answers(RoutingContext ctx) {
        return ctx.get(GraphQLOverHttp.REQUEST) != null;
    }

    /** The request as SmallRye's engine reads it: query, operationName, variables, extensions. */
    static JsonObject input(GraphQLRequest request) {
        JsonObjectBuilder input = Json.createObjectBuilder().add("query", request.query());
        if (request.operationName() != null) {
            input.add("operationName", request.operationName());
        }
        if (!request.variables().isEmpty()) {
            input.add("variables", Json.createObjectBuilder(request.variables()));
        }
        if (!request.extensions().isEmpty()) {
            input.add("extensions", Json.createObjectBuilder(request.extensions()));
        }
        return input.build();
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        // SmallRye's base class ends the request context as soon as the client closes the connection, under the
        // request still running: every resolver after that failed (reads use the request's session, persistence.Reads) and
        // logged an error. Here the context ends once both the response and the execution are over; a request whose
        // client has gone is stopped by the time budget's check, which sees the closed connection (ApiInstrumentation).
        RequestEnd end = new RequestEnd();
        ctx.response().closeHandler(closed -> { }).exceptionHandler(failure -> { }).endHandler(ended -> end.one());
        ResponseCache.Read read = ctx.get(GraphQLOverHttp.READ);
        boolean get = read != null && ctx.request().method() == HttpMethod.GET;
        if (get) {
            http.vary(ctx);
        }
        ResponseCache.Key key = read != null && cache.enabled() ? key(ctx, read) : null;
        // Read before the query runs: the answer then holds every change up to this version, perhaps more.
        long version = key != null ? cache.version() : 0;
        ResponseCache.Entry kept = key != null ? cache.get(key, version) : null;
        if (kept != null) {
            if (get) {
                http.send(ctx, Buffer.buffer(kept.bytes), kept.etag(read.mediaType()));
            } else {
                ctx.response().end(Buffer.buffer(kept.bytes));
            }
            end.one();
            return;
        }
        getExecutionService().executeAsync(input(ctx.get(GraphQLOverHttp.REQUEST)), getMetaData(ctx),
                new ExecutionResponseWriter() {
                    @Override
                    public void write(ExecutionResponse response) {
                        if (aborted(response.getExecutionResult())) {
                            // As SmallRye's writer: an aborted execution without data is a server failure.
                            LOG.errorf("Execution aborted: %s", response.getExecutionResult().getErrors());
                            ctx.response().setStatusCode(500).end();
                        } else {
                            try {
                                Buffer answer = answer(response);
                                if (read != null && clean(response.getExecutionResult())) {
                                    byte[] bytes = key != null || get ? answer.getBytes() : null;
                                    String etag = get ? HttpCaching.etag(read.mediaType(), bytes) : null;
                                    if (key != null) {
                                        cache.put(key, version, bytes, etag);
                                    }
                                    if (get) {
                                        http.send(ctx, answer, etag);
                                    } else {
                                        ctx.response().end(answer);
                                    }
                                } else {
                                    ctx.response().end(answer);
                                }
                            } catch (IllegalStateException e) {
                                LOG.debug("The client left before its answer", e); // as SmallRye's writer
                            }
                        }
                        end.one();
                    }

                    @Override
                    public void fail(Throwable failure) {
                        ctx.fail(failure);
                        end.one();
                    }
                });
    }

    /**
     * The cache key of a read, with its caller; null when the caller's credentials cannot be checked (the read is
     * then answered uncached, as it would be without a cache: credentials matter only to writes).
     */
    private static ResponseCache.Key key(RoutingContext ctx, ResponseCache.Read read) {
        SecurityIdentity identity;
        try {
            identity = QuarkusHttpUser.getSecurityIdentityBlocking(ctx, null);
        } catch (RuntimeException e) {
            return null;
        }
        return identity == null ? null : new ResponseCache.Key(read, ResponseCache.caller(identity));
    }

    /** An answer that may be kept and validated: data, and no errors or extensions. */
    private static boolean clean(ExecutionResult result) {
        return result.isDataPresent() && result.getErrors().isEmpty() && result.getExtensions() == null;
    }

    /**
     * Ends the request context when the second of the response and the execution is over. Vert.x calls a response's
     * end handler once, whether the response was sent or its connection closed first.
     */
    private static final class RequestEnd {
        private final AtomicInteger over = new AtomicInteger();

        void one() {
            if (over.incrementAndGet() == 2) {
                Arc.container().requestContext().terminate();
            }
        }
    }

    private static boolean aborted(ExecutionResult result) {
        return !result.isDataPresent()
                && result.getErrors().stream().anyMatch(e -> ErrorType.ExecutionAborted.equals(e.getErrorType()));
    }

    /** The answer as SmallRye would give it, field for field. */
    static Buffer answer(ExecutionResponse response) {
        ExecutionResult result = response.getExecutionResult();
        if (!result.getErrors().isEmpty() || result.getExtensions() != null || !result.isDataPresent()) {
            return Buffer.buffer(response.getExecutionResultAsString());
        }
        ByteBuf bytes = Unpooled.buffer(4096);
        OutputStream out = new ByteBufOutputStream(bytes); // also a DataOutput: this picks the stream
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeFieldName("data");
            write(json, result.getData());
            json.writeEndObject();
        } catch (IOException | UnexpectedValue e) {
            // Cannot happen with graphql-java's values in memory; SmallRye's way still answers.
            LOG.warnf("Answer written by SmallRye: %s", e.toString());
            return Buffer.buffer(response.getExecutionResultAsString());
        }
        return Buffer.buffer(bytes);
    }

    /** graphql-java's result holds maps, lists and the serialized values of scalars and enums. */
    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Float f) {
            json.writeNumber(f);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (value instanceof Enum<?> e) {
            json.writeString(e.name());
        } else if (value instanceof LocalDate d) {
            // SmallRye's Date scalar leaves a batched field's LocalDate as it is; its writer gives ISO-8601
            json.writeString(d.toString());
        } else {
            throw new UnexpectedValue(value);
        }
    }

    /** A value graphql-java does not put in results: left to SmallRye, which knows more types. */
    private static final class UnexpectedValue extends RuntimeException {
        UnexpectedValue(Object value) {
            super("a " + value.getClass().getName() + " in the result", null, false, false);
        }
    }
}
