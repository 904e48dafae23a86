package dev.rivalrygraph.api;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The persisted-query store is bounded: past its size, the document used least recently goes. */
class PersistedQueryStoreTest {

    private static GraphQLRequest persisted(String query, String document) {
        return new GraphQLRequest(query, null, Map.of(), Map.of(PersistedQueries.EXTENSION,
                Map.of("version", 1, "sha256Hash", PersistedQueries.sha256(document))));
    }

    private static GraphQLRequest.Malformed miss(PersistedQueries store, String document) {
        return assertThrows(GraphQLRequest.Malformed.class, () -> store.resolve(persisted(null, document)));
    }

    @Test
    void theLeastRecentlyUsedDocumentIsEvicted() throws Exception {
        PersistedQueries store = new PersistedQueries(2);
        for (String document : new String[] {"{ a }", "{ b }"}) {
            store.register(store.resolve(persisted(document, document)));
        }
        assertEquals("{ a }", store.resolve(persisted(null, "{ a }")).query()); // a is now the most recent
        store.register(store.resolve(persisted("{ c }", "{ c }")));

        assertEquals("PERSISTED_QUERY_NOT_FOUND", miss(store, "{ b }").code);
        assertEquals("{ a }", store.resolve(persisted(null, "{ a }")).query());
        assertEquals("{ c }", store.resolve(persisted(null, "{ c }")).query());
    }
}
