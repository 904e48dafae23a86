package dev.rivalrygraph.page;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Connection types are named and typed as Relay and GitHub name them, so clients and code generators see
 * {@code ClaimConnection { edges: [ClaimEdge!]! nodes: [Claim!]! pageInfo: PageInfo! totalCount: Int! }}.
 */
@QuarkusTest
class ConnectionNamesTest {

    private static final String TYPE = "{ __type(name: \"%s\") { name fields { name type { ...T } } } }"
            + " fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

    @Test
    void claimsAreAClaimConnectionOfClaimEdges() {
        GraphQL.post("{ __schema { queryType { fields { name type { kind ofType { name } } } } } }")
                .body("data.__schema.queryType.fields.find { it.name == 'claims' }.type.ofType.name",
                        equalTo("ClaimConnection"));
        Map<String, String> fields = fields("ClaimConnection");
        assertEquals("[ClaimEdge!]!", fields.get("edges"));
        assertEquals("[Claim!]!", fields.get("nodes"));
        assertEquals("PageInfo!", fields.get("pageInfo"));
        assertEquals("Int!", fields.get("totalCount"));
        Map<String, String> edge = fields("ClaimEdge");
        assertEquals("String!", edge.get("cursor"));
        assertEquals("Claim!", edge.get("node"));
    }

    @Test
    void everyConnectionIsNamedAfterItsItems() {
        List<String> names = GraphQL.post("{ __schema { types { name } } }").extract().jsonPath()
                .getList("data.__schema.types.name");
        List<String> generic = names.stream().filter(n -> n.startsWith("Connection") || n.startsWith("Edge_"))
                .toList();
        assertEquals(List.of(), generic, "SmallRye's generic names");
        List<String> connections = names.stream().filter(n -> n.endsWith("Connection")).toList();
        assertTrue(connections.size() >= 14, "one connection type per item type: " + connections);
        List<String> wrong = new ArrayList<>();
        for (String connection : connections) {
            String item = connection.substring(0, connection.length() - "Connection".length());
            Map<String, String> fields = fields(connection);
            if (!("[" + item + "Edge!]!").equals(fields.get("edges")) || !("[" + item + "!]!").equals(fields.get("nodes"))
                    || !"Int!".equals(fields.get("totalCount")) || !"PageInfo!".equals(fields.get("pageInfo"))) {
                wrong.add(connection + " " + fields);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Each field of a type with its type written as in SDL. */
    private static Map<String, String> fields(String type) {
        List<Map<String, Object>> fields = GraphQL.post(TYPE.formatted(type)).extract().jsonPath()
                .getList("data.__type.fields");
        Map<String, String> result = new java.util.TreeMap<>();
        for (Map<String, Object> field : fields) {
            result.put((String) field.get("name"), sdl(asMap(field.get("type"))));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static String sdl(Map<String, Object> type) {
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> sdl(asMap(type.get("ofType"))) + "!";
            case "LIST" -> "[" + sdl(asMap(type.get("ofType"))) + "]";
            default -> (String) type.get("name");
        };
    }
}
