package dev.rivalrygraph.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphQL-over-HTTP request, from a POST body or from GET parameters, read from JSON with bounded nesting, string
 * and number sizes, so that a hostile body fails fast with a clear message instead of exhausting the stack or the
 * CPU. {@code query} is null only for a request that names a persisted query by its hash ({@link PersistedQueries}).
 */
record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
        Map<String, Object> extensions) {

    /** Thrown for a request that cannot be run as sent; the message is for the client, with its code and status. */
    static final class Malformed extends Exception {
        final String code;
        final int status;

        Malformed(String message) {
            this("BAD_REQUEST", 400, message);
        }

        Malformed(String code, int status, String message) {
            super(message, null, false, false);
            this.code = code;
            this.status = status;
        }
    }

    static GraphQLRequest fromBody(String json, ApiLimits limits) throws Malformed {
        Object body = parseJson(json, limits, "The request body");
        if (body instanceof List) {
            throw new Malformed("Batched requests are not supported: send one operation per request.");
        }
        if (!(body instanceof Map<?, ?> map)) {
            throw new Malformed("The request body must be a JSON object with a \"query\" string.");
        }
        return of(map.get("query"), map.get("operationName"), map.get("variables"), map.get("extensions"));
    }

    /**
     * From GET parameters, already URL-decoded (once, by Vert.x): {@code variables} and {@code extensions} are JSON
     * texts.
     */
    static GraphQLRequest fromParameters(String query, String operationName, String variables, String extensions,
            ApiLimits limits) throws Malformed {
        return of(query, operationName,
                variables == null || variables.isEmpty() ? null : parseJson(variables, limits, "`variables`"),
                extensions == null || extensions.isEmpty() ? null : parseJson(extensions, limits, "`extensions`"));
    }

    /** The same request with its document, as a persisted query's hash named it. */
    GraphQLRequest withQuery(String document) {
        return new GraphQLRequest(document, operationName, variables, extensions);
    }

    @SuppressWarnings("unchecked")
    private static GraphQLRequest of(Object query, Object operationName, Object variables, Object extensions)
            throws Malformed {
        if (extensions != null && !(extensions instanceof Map)) {
            throw new Malformed("\"extensions\" must be a JSON object or null.");
        }
        Map<String, Object> extensionMap = extensions == null ? Map.of() : (Map<String, Object>) extensions;
        boolean persisted = extensionMap.containsKey(PersistedQueries.EXTENSION);
        if (query == null && !persisted || query != null && (!(query instanceof String text) || text.isBlank())) {
            throw new Malformed("The request needs a \"query\": a GraphQL document, as a string.");
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw new Malformed("\"operationName\" must be a string or null.");
        }
        if (variables != null && !(variables instanceof Map)) {
            throw new Malformed("\"variables\" must be a JSON object or null.");
        }
        return new GraphQLRequest((String) query, (String) operationName,
                variables == null ? Map.of() : (Map<String, Object>) variables, extensionMap);
    }

    private static Object parseJson(String json, ApiLimits limits, String what) throws Malformed {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxNumberLength(100)
                        .maxStringLength(limits.maxCharacters())
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new Malformed(what + " is empty.");
            }
            Object value = read(parser);
            if (parser.nextToken() != null) {
                throw new Malformed(what + " has data after its JSON value.");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new Malformed(what + " goes past a limit: at most " + limits.maxJsonDepth()
                    + " levels of nesting, numbers of 100 digits and strings of " + limits.maxCharacters()
                    + " characters.");
        } catch (IOException e) {
            throw new Malformed(what + " is not valid JSON (line " + location(e) + ").");
        }
    }

    private static String location(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null) {
            return p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr();
        }
        return "unknown";
    }

    /** Reads the value at the parser's current token; nesting is bounded by the factory's constraints. */
    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, read(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
        }
    }
}
