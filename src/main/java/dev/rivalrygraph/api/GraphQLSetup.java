package dev.rivalrygraph.api;

import dev.rivalrygraph.curation.CuratorAccount;
import graphql.GraphQL;
import graphql.parser.ParserOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Applies {@link ApiLimits} to the GraphQL engine as SmallRye builds it. SmallRye's own parser settings reach only
 * graphql-java's general parser options; requests are parsed with its separate operation parser options, set here.
 * <p>
 * It joins through SmallRye's {@link EventingService} (listed in META-INF/services) rather than a CDI observer of
 * {@code GraphQL.Builder}: that observer needs SmallRye's CDI events, which then fire for every field of every
 * answer, at a tenth of the CPU of a large answer (see the README, Benchmarks).
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
        CuratorAccount curator = Arc.container().instance(CuratorAccount.class).get();
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters())));
        return builder.instrumentation(new ApiInstrumentation(limits,
                Arc.container().instance(MeterRegistry.class).get(), curator::unauthenticatedMessage));
    }
}
