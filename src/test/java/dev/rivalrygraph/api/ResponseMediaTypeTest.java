package dev.rivalrygraph.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which media type each Accept header gets: the new one only when named, plain JSON for legacy clients. */
class ResponseMediaTypeTest {

    private static final String JSON = "application/json";
    private static final String GRAPHQL = "application/graphql-response+json";

    @Test
    void legacyClientsGetPlainJson() {
        assertEquals(JSON, GraphQLOverHttp.responseMediaType(null));
        assertEquals(JSON, GraphQLOverHttp.responseMediaType(""));
        assertEquals(JSON, GraphQLOverHttp.responseMediaType("*/*"));
        assertEquals(JSON, GraphQLOverHttp.responseMediaType("application/*"));
        assertEquals(JSON, GraphQLOverHttp.responseMediaType("application/json"));
        assertEquals(JSON, GraphQLOverHttp.responseMediaType("application/graphql-response+json;q=0.5, */*"));
    }

    @Test
    void theGraphQLMediaTypeWhenNamedAndPreferred() {
        assertEquals(GRAPHQL, GraphQLOverHttp.responseMediaType(GRAPHQL));
        assertEquals(GRAPHQL, GraphQLOverHttp.responseMediaType(GRAPHQL + ", */*"));
        assertEquals(GRAPHQL, GraphQLOverHttp.responseMediaType(GRAPHQL + ", application/json;q=0.9"));
        assertEquals(GRAPHQL, GraphQLOverHttp.responseMediaType("application/json, " + GRAPHQL));
    }

    @Test
    void neitherIsNull() {
        assertNull(GraphQLOverHttp.responseMediaType("text/html"));
    }
}
