package dev.rivalrygraph.curation;

import dev.rivalrygraph.GraphQL;
import io.restassured.response.ValidatableResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.nullValue;

/** Builds curators' inputs for the tests, each test adding a source of its own to cite. */
public final class Curate {

    static final String TEXT = "Acme Robotics said on Monday that its chatbot, Zed, passed 5 million daily users.\n"
            + "Jane  Roe, Acme's chief executive, called it \"the best launch we have had\".\n"
            + "Rival Globex answered that Zed copies its own assistant.";

    static final String ADD_SOURCE = "mutation($input: SourceValues!) { addSource(input: $input) {"
            + " id title version } }";
    static final String ADD_PERSON = "mutation($input: PersonValues!) { addPerson(input: $input) { id name version rank"
            + " citations { excerpt offsets { start end } source { id } } } }";
    static final String ADD_ORGANIZATION = "mutation($input: OrganizationValues!) { addOrganization(input: $input) {"
            + " id name kind version } }";
    static final String ADD_PRODUCT = "mutation($input: ProductValues!) { addProduct(input: $input) { id name version"
            + " owner { name } } }";
    static final String ADD_CLAIM = "mutation($input: ClaimValues!) { addClaim(input: $input) { id text version"
            + " speaker { name } subjects { name } property assertedValue propertyOf { id } citations { excerpt } } }";
    static final String UPDATE_PERSON = "mutation($id: ID!, $v: BigInteger!, $input: PersonValues!) {"
            + " updatePerson(id: $id, expectedVersion: $v, input: $input) { id name version } }";

    private Curate() {
    }

    /** Adds a source with {@link #TEXT} and a title of its own; returns its id. */
    public static String source() {
        return GraphQL.postAsCurator(ADD_SOURCE, Map.of("input", Map.of("title", "Test article " + UUID.randomUUID(),
                "publisher", "The Test Gazette", "publishedOn", "2025-03-01", "publishedPrecision", "MONTH",
                "text", TEXT))).body("errors", nullValue()).extract().path("data.addSource.id");
    }

    public static Map<String, Object> citation(String source, String excerpt) {
        return Map.of("source", source, "excerpt", excerpt);
    }

    /** An input with these values and one citation. */
    public static Map<String, Object> input(String source, String excerpt, Object... keysAndValues) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            input.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        input.put("citations", new ArrayList<>(List.of(citation(source, excerpt))));
        return input;
    }

    public static ValidatableResponse addPerson(String source, String name) {
        return GraphQL.postAsCurator(ADD_PERSON, Map.of("input", input(source, "Jane Roe, Acme's chief executive",
                "name", name)));
    }

    public static String personId(String source, String name) {
        return addPerson(source, name).extract().path("data.addPerson.id");
    }

    /** Adds a company named {@code name}, cited from the first line of {@link #TEXT}; returns its id. */
    public static String organizationId(String source, String name) {
        return GraphQL.postAsCurator(ADD_ORGANIZATION, Map.of("input", input(source, "Acme Robotics said",
                "name", name, "kind", "COMPANY"))).body("errors", nullValue())
                .extract().path("data.addOrganization.id");
    }

    /** Adds a chatbot named {@code name}; returns its id. */
    public static String productId(String source, String name) {
        return GraphQL.postAsCurator(ADD_PRODUCT, Map.of("input", input(source, "its chatbot, Zed,",
                "name", name, "kind", "CHATBOT"))).body("errors", nullValue())
                .extract().path("data.addProduct.id");
    }

    /** Runs {@code add<Type>(input:)} and selects {@code selection} of the record added. */
    public static ValidatableResponse add(String type, Map<String, Object> input, String selection) {
        return GraphQL.postAsCurator("mutation($input: " + type + "Values!) { add" + type + "(input: $input) { "
                + selection + " } }", Map.of("input", input));
    }

    /** Runs {@code update<Type>(id:, expectedVersion:, input:)} and selects {@code selection} of the record. */
    public static ValidatableResponse update(String type, String id, long expectedVersion, Map<String, Object> input,
            String selection) {
        return GraphQL.postAsCurator("mutation($id: ID!, $v: BigInteger!, $input: " + type + "Values!) { update"
                + type + "(id: $id, expectedVersion: $v, input: $input) { " + selection + " } }",
                Map.of("id", id, "v", expectedVersion, "input", input));
    }

    /** Reads a record by id, anonymously, through {@code node}: {@code selection} is e.g. "... on Role { title }". */
    public static ValidatableResponse node(String id, String selection) {
        return GraphQL.post("query($id: ID!) { node(id: $id) { " + selection + " } }", Map.of("id", id))
                .body("errors", nullValue());
    }
}
