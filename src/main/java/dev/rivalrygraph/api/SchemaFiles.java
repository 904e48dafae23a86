package dev.rivalrygraph.api;

import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static graphql.util.TreeTransformerUtil.changeNode;

/**
 * What client tooling reads from the schema, printed from the engine's schema once, when first asked:
 * <ul>
 * <li>{@code /graphql/schema.graphql}, the whole SDL: every scalar declared ({@code @specifiedBy} where a
 * specification defines its format), every directive, every description; graphql-js {@code buildSchema} and
 * graphql-codegen load it as it is.</li>
 * <li>{@code /graphql/possible-types.json}, each interface and union with the object types that can stand for it:
 * Apollo Client's {@code possibleTypes}, without which its cache drops the fields of fragments on interfaces.</li>
 * </ul>
 * Both replace SmallRye's schema route: in SmallRye GraphQL 2.17 (Quarkus 3.34) its SDL declares no scalars, so
 * graphql-js {@code buildSchema} fails with {@code Unknown type "BigInteger"} (reproduction: fetch
 * {@code /graphql/schema.graphql} of any schema with a {@code BigInteger} field and count its {@code scalar} lines).
 * {@code SchemaFilesTest} and the e2e suite's {@code buildSchema} check fail if the route stops being this one.
 */
@ApplicationScoped
public class SchemaFiles {

    /** The formats of the scalars that follow a specification, as {@code @specifiedBy} gives them. */
    static final Map<String, String> SPECIFIED_BY = Map.of(
            "DateTime", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6",
            "Date", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6");

    @Inject
    Instance<GraphQLSchema> schema;

    private final Supplier<String> sdl = memoize(() -> sdl(schema.get()));
    private final Supplier<String> possibleTypes = memoize(() -> possibleTypes(schema.get()).encodePrettily());

    void install(@Observes Router router) {
        router.get("/graphql/schema.graphql").order(-80).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(sdl.get()));
        router.get("/graphql/possible-types.json").order(-80).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8").end(possibleTypes.get()));
    }

    static String sdl(GraphQLSchema schema) {
        // graphql-java 24.3's SchemaTransformer changes the types it is given in place: transforming the engine's
        // schema left its input types unequal to themselves, and validation then refused every variable of an
        // input type. It transforms a copy, rebuilt from the printed schema, instead (SchemaFilesTest checks both).
        SchemaPrinter printer = printer();
        GraphQLSchema copy = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(printer.print(schema)));
        GraphQLSchema specified = SchemaTransformer.transformSchema(copy, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                String url = SPECIFIED_BY.get(scalar.getName());
                if (url != null && scalar.getSpecifiedByUrl() == null) {
                    // The printer writes applied directives only, not the URL itself.
                    changeNode(context, scalar.transform(s -> s.specifiedByUrl(url).withAppliedDirective(
                            GraphQLAppliedDirective.newDirective().name("specifiedBy")
                                    .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url")
                                            .type(Scalars.GraphQLString).valueProgrammatic(url).build())
                                    .build())));
                }
                return TraversalControl.CONTINUE;
            }
        });
        return printer.print(specified);
    }

    private static SchemaPrinter printer() {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeScalarTypes(true)
                .includeDirectives(true)
                .includeDirectiveDefinitions(true)
                .includeSchemaDefinition(true)
                .includeIntrospectionTypes(false)
                .descriptionsAsHashComments(false));
    }

    static JsonObject possibleTypes(GraphQLSchema schema) {
        JsonObject possible = new JsonObject();
        schema.getAllTypesAsList().stream()
                .filter(type -> !type.getName().startsWith("__"))
                .sorted(Comparator.comparing(GraphQLNamedType::getName))
                .forEach(type -> {
                    List<? extends GraphQLNamedType> members = type instanceof GraphQLInterfaceType face
                            ? schema.getImplementations(face)
                            : type instanceof GraphQLUnionType union ? union.getTypes() : null;
                    if (members != null) {
                        possible.put(type.getName(), new JsonArray(members.stream()
                                .map(GraphQLNamedType::getName).sorted().toList()));
                    }
                });
        return possible;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T known = value;
                if (known == null) {
                    known = supplier.get();
                    value = known;
                }
                return known;
            }
        };
    }
}
