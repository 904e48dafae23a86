package dev.rivalrygraph.api;

import graphql.GraphQL;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.util.TypeLiteral;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.function.Supplier;

/**
 * Applies {@link ApiLimits} to the GraphQL engine as SmallRye builds it. SmallRye GraphQL 2.17's own parser settings
 * (Quarkus 3.34) reach only graphql-java 24's general parser options; requests are parsed with its separate operation
 * parser options, set here (JVM-wide: graphql-java reads them from a static).
 * {@code HostileRequestTest.oversizedBodiesAndDocumentsAreRefused} fails if a document past the token limit is parsed.
 * <p>
 * It joins through SmallRye's {@link EventingService} (listed in META-INF/services) rather than a CDI observer of
 * {@code GraphQL.Builder}: that observer needs SmallRye's CDI events, which then fire for every field of every
 * answer, at a tenth of the CPU of a large answer (docs/performance.md).
 */
public class GraphQLSetup implements EventingService {

    /** The key SmallRye reads to enable this service; application.properties sets it. */
    @Override
    public String getConfigKey() {
        return "rivalry.graphql-setup";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        ApiLimits limits = Arc.container().instance(ApiLimits.class).get();
        // What a write without credentials is told; curation/CuratorAccount produces it (api/ imports no feature).
        Supplier<String> unauthenticatedMessage = Arc.container().instance(new TypeLiteral<Supplier<String>>() {
        }, NamedLiteral.of("rivalry.unauthenticated-message")).get();
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters())));
        return builder.schema(lean(Arc.container().instance(GraphQLSchema.class).get()))
                .instrumentation(new ApiInstrumentation(limits, Arc.container().instance(MeterRegistry.class).get(),
                        unauthenticatedMessage));
    }

    /**
     * The schema the engine runs, with the same types and two changes to its code registry: {@link SmallRyeFetchers}
     * in place of SmallRye's fetchers, and no field visibility filter when none is configured. SmallRye reads
     * Quarkus's default field visibility, {@code default}, as a list of field patterns to block, and the engine
     * then matches a regular expression against every field of every answer (3 % of the CPU of a large answer).
     */
    private static GraphQLSchema lean(GraphQLSchema schema) {
        boolean noVisibilityFilter = "default".equals(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default"));
        return schema.transformWithoutTypes(builder -> builder.codeRegistry(schema.getCodeRegistry().transform(
                registry -> {
                    SmallRyeFetchers.replace(schema, registry);
                    if (noVisibilityFilter) {
                        registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
                    }
                })));
    }
}
