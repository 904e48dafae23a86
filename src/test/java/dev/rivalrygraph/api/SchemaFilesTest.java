package dev.rivalrygraph.api;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SDL and the possible types that client tooling downloads, checked against what introspection reports. */
@QuarkusTest
class SchemaFilesTest {

    private static final String INTROSPECTION = "{\"query\":\"{ __schema { directives { name } "
            + "types { name kind specifiedByURL possibleTypes { name } } } }\"}";

    private static JsonPath introspection() {
        return given().contentType("application/json").body(INTROSPECTION).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSdlBuildsTheSchemaThatIntrospectionDescribes() {
        String sdl = given().get("/graphql/schema.graphql").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString();
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        // Fails on any type, scalar or directive used but not declared.
        GraphQLSchema built = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);

        JsonPath served = introspection();
        Set<String> types = new TreeSet<>(served.getList("data.__schema.types.name"));
        types.removeIf(name -> name.startsWith("__"));
        Set<String> builtTypes = new TreeSet<>(built.getTypeMap().keySet());
        builtTypes.removeIf(name -> name.startsWith("__"));
        assertEquals(types, builtTypes);
        assertEquals(new TreeSet<>(served.getList("data.__schema.directives.name")),
                new TreeSet<>(built.getDirectives().stream().map(d -> d.getName()).toList()));

        for (String scalar : List.of("DateTime", "Date")) {
            assertEquals(SchemaFiles.SPECIFIED_BY.get(scalar), built.getTypeAs(scalar) instanceof
                    graphql.schema.GraphQLScalarType s ? s.getSpecifiedByUrl() : null, scalar);
        }
        assertTrue(sdl.contains("scalar BigInteger"), sdl);

        // Printing leaves the engine's schema as it was: a new document with a variable of an input type still
        // validates (an unauthenticated write is refused only when it runs).
        given().contentType("application/json").accept("application/json")
                .body("{\"query\":\"mutation SchemaFilesCheck($input: SourceValues!) { addSource(input: $input) { id } }\","
                        + "\"variables\":{\"input\":{\"title\":\"t\",\"publisher\":\"p\",\"publishedOn\":\"2025-03-01\","
                        + "\"text\":\"x\"}}}")
                .post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"));
    }

    @Test
    void possibleTypesListEveryImplementationOfEveryInterfaceAndUnion() {
        JsonPath served = introspection();
        JsonPath possible = given().get("/graphql/possible-types.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("Cited", hasItems("UserMetric", "Claim", "Rivalry"))
                .extract().jsonPath();
        List<java.util.Map<String, Object>> abstractTypes = served.getList(
                "data.__schema.types.findAll { (it.kind == 'INTERFACE' || it.kind == 'UNION') "
                        + "&& !it.name.startsWith('__') }");
        assertEquals(abstractTypes.size(), possible.getMap("").size());
        for (var type : abstractTypes) {
            @SuppressWarnings("unchecked")
            List<java.util.Map<String, String>> members = (List<java.util.Map<String, String>>) type.get("possibleTypes");
            assertEquals(new TreeSet<>(members.stream().map(m -> m.get("name")).toList()),
                    new TreeSet<>(possible.getList("'" + type.get("name") + "'")), (String) type.get("name"));
        }
    }
}
