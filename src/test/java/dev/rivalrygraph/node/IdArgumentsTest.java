package dev.rivalrygraph.node;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Arguments and input fields that take records' ids are typed `ID` (or lists of `ID`), as clients' code generators
 * and caches expect; the path finder is `chains`, not `connection`, which Relay clients read as a paging type.
 */
@QuarkusTest
class IdArgumentsTest {

    /**
     * List arguments that stay [String!]!: SmallRye GraphQL 2.17 fails to read a list argument typed [ID!] ("not a
     * valid 'Unknown Scalar Type List'" for every value), though lists of IDs in input types work.
     */
    private static final Set<String> STRING_LISTS = Set.of("Query.compareMetrics(products): [String!]!",
            "Query.nodes(ids): [String!]!");

    /** A description that says the value is an id ("by id", "The ids of the parties"). */
    private static final Pattern TAKES_IDS = Pattern.compile("\\bids?\\b", Pattern.CASE_INSENSITIVE);

    private static final String TYPE = "type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

    @Test
    void everyArgumentDescribedAsAnIdIsAnId() {
        List<Map<String, Object>> types = GraphQL.post("{ __schema { types { name fields { name args { name description "
                + TYPE + " } } inputFields { name description " + TYPE + " } } } }")
                .extract().jsonPath().getList("data.__schema.types");
        List<String> notIds = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> type : types) {
            if (((String) type.get("name")).startsWith("__")) {
                continue;
            }
            for (Map<String, Object> input : list(type.get("inputFields"))) {
                checked += check(type.get("name") + "." + input.get("name"), input, notIds);
            }
            for (Map<String, Object> field : list(type.get("fields"))) {
                for (Map<String, Object> argument : list(field.get("args"))) {
                    checked += check(type.get("name") + "." + field.get("name") + "(" + argument.get("name") + ")",
                            argument, notIds);
                }
            }
        }
        notIds.removeAll(STRING_LISTS);
        assertEquals(List.of(), notIds);
        // node(id), nodes(ids), chains(from, to), compareMetrics(products), the curation inputs' references...
        assertTrue(checked >= 20, "arguments and input fields taking ids: " + checked);
    }

    @Test
    void thePathFinderTakesIds() {
        assertEquals("ID!", argumentType("chains", "from"));
        assertEquals("ID!", argumentType("chains", "to"));
    }

    @Test
    void thePathFinderIsChains() {
        List<String> fields = GraphQL.post("{ __type(name: \"Query\") { fields { name } } }")
                .extract().jsonPath().getList("data.__type.fields.name");
        assertTrue(fields.contains("chains"), "Query.chains");
        assertTrue(!fields.contains("connection"), "no Query.connection: " + fields);
    }

    private static int check(String where, Map<String, Object> argument, List<String> notIds) {
        Object description = argument.get("description");
        if (description == null || !TAKES_IDS.matcher(description.toString()).find()) {
            return 0;
        }
        String type = render(cast(argument.get("type")));
        if (!type.replace("!", "").replace("[", "").replace("]", "").equals("ID")) {
            notIds.add(where + ": " + type);
        }
        return 1;
    }

    private static String argumentType(String queryField, String argument) {
        List<Map<String, Object>> args = GraphQL.post("{ __type(name: \"Query\") { fields { name args { name " + TYPE
                + " } } } }").extract().jsonPath()
                .getList("data.__type.fields.find { it.name == '" + queryField + "' }.args");
        return args.stream().filter(a -> argument.equals(a.get("name"))).map(a -> render(cast(a.get("type"))))
                .findFirst().orElse("no argument " + argument);
    }

    /** A type reference as SDL writes it: [ID!]!. */
    private static String render(Map<String, Object> type) {
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> render(cast(type.get("ofType"))) + "!";
            case "LIST" -> "[" + render(cast(type.get("ofType"))) + "]";
            default -> (String) type.get("name");
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
