package dev.rivalrygraph.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Automatic persisted queries, Apollo's protocol: a client sends {@code extensions.persistedQuery} with
 * {@code version: 1} and the SHA-256 of its document, without the document; a hash not known here is answered
 * {@code PersistedQueryNotFound} (code {@code PERSISTED_QUERY_NOT_FOUND}, HTTP 200, as Apollo Client and urql
 * expect), and the client sends hash and document together, which registers the document once its hash is checked.
 * The store keeps the documents used most recently, at most {@code rivalry.persisted-queries.max-entries}.
 */
@ApplicationScoped
public class PersistedQueries {

    static final String EXTENSION = "persistedQuery";

    private final Map<String, String> documents;

    @Inject
    PersistedQueries(@ConfigProperty(name = "rivalry.persisted-queries.max-entries", defaultValue = "1000")
            int maxEntries) {
        this.documents = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxEntries;
            }
        });
    }

    /**
     * The request with its document: as sent, or as its hash names it. Throws for a hash not known (the client
     * then sends the document), a hash that is not the document's, or a protocol version other than 1.
     */
    GraphQLRequest resolve(GraphQLRequest request) throws GraphQLRequest.Malformed {
        Object extension = request.extensions().get(EXTENSION);
        if (extension == null) {
            return request;
        }
        if (!(extension instanceof Map<?, ?> persisted) || !Integer.valueOf(1).equals(persisted.get("version"))
                || !(persisted.get("sha256Hash") instanceof String hash)) {
            throw new GraphQLRequest.Malformed("\"extensions.persistedQuery\" must be {\"version\": 1, "
                    + "\"sha256Hash\": \"<the SHA-256 of the document, in hexadecimal>\"}.");
        }
        if (request.query() == null) {
            String document = documents.get(hash.toLowerCase(java.util.Locale.ROOT));
            if (document == null) {
                // The message is the protocol's: urql recognises the miss by it, Apollo by it or by the code.
                throw new GraphQLRequest.Malformed("PERSISTED_QUERY_NOT_FOUND", 200, "PersistedQueryNotFound");
            }
            return request.withQuery(document);
        }
        if (!sha256(request.query()).equalsIgnoreCase(hash)) {
            throw new GraphQLRequest.Malformed("PERSISTED_QUERY_HASH_MISMATCH", 400,
                    "\"extensions.persistedQuery.sha256Hash\" is not the SHA-256 of the query sent with it.");
        }
        return request;
    }

    /** Keeps a document whose hash {@link #resolve} checked, once it has parsed and validated. */
    void register(GraphQLRequest request) {
        if (request.extensions().get(EXTENSION) instanceof Map<?, ?> persisted
                && persisted.get("sha256Hash") instanceof String hash) {
            documents.putIfAbsent(hash.toLowerCase(java.util.Locale.ROOT), request.query());
        }
    }

    static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
