package dev.rivalrygraph.api;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The schema documents itself: GraphiQL users read these descriptions, so every type and field has one. */
@QuarkusTest
class SchemaDocumentationTest {

    private static final Set<String> BUILT_IN = Set.of("String", "Boolean", "Int", "Float", "ID");

    @Test
    void everyTypeAndFieldHasADescription() {
        List<Map<String, Object>> types = GraphQL.post("""
                { __schema { types { name kind description fields { name description } } } }
                """).extract().jsonPath().getList("data.__schema.types");
        List<String> undocumented = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || BUILT_IN.contains(name)) {
                continue;
            }
            if (isBlank(type.get("description"))) {
                undocumented.add(name);
            }
            Object fields = type.get("fields");
            if (fields != null) {
                for (Object field : (List<?>) fields) {
                    Map<?, ?> f = (Map<?, ?>) field;
                    if (isBlank(f.get("description"))) {
                        undocumented.add(name + "." + f.get("name"));
                    }
                }
            }
        }
        assertEquals(List.of(), undocumented);
    }

    private static boolean isBlank(Object description) {
        return description == null || description.toString().isBlank();
    }
}
