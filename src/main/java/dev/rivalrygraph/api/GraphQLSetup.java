package dev.rivalrygraph.api;

import dev.rivalrygraph.curation.CuratorAccount;
import graphql.GraphQL;
import graphql.parser.ParserOptions;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Applies {@link ApiLimits} to the GraphQL engine as SmallRye builds it. SmallRye's own parser settings reach only
 * graphql-java's general parser options; requests are parsed with its separate operation parser options, set here.
 */
@ApplicationScoped
public class GraphQLSetup {

    @Inject
    ApiLimits limits;

    @Inject
    MeterRegistry meters;

    @Inject
    CuratorAccount curator;

    void configure(@Observes GraphQL.Builder builder) {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters())));
        builder.instrumentation(new ApiInstrumentation(limits, meters, curator::unauthenticatedMessage));
    }
}
