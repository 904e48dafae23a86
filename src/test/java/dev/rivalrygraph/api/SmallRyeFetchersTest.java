package dev.rivalrygraph.api;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every batched field and every property of the schema SmallRye builds gets its stand-in: a SmallRye upgrade that
 * changes what {@link SmallRyeFetchers} reads fails here (and at start), instead of running SmallRye's batch fetcher
 * (wrong answers for aliases, {@code AliasedArgumentsTest}) or its slower property fetcher.
 */
@QuarkusTest
class SmallRyeFetchersTest {

    @Inject
    GraphQLSchema smallrye;

    @Test
    void everyBatchAndPropertyFetcherOfTheSchemaIsReplaced() {
        GraphQLCodeRegistry lean = smallrye.getCodeRegistry()
                .transform(registry -> SmallRyeFetchers.replace(smallrye, registry));
        int batches = 0;
        int properties = 0;
        List<String> left = new ArrayList<>();
        for (GraphQLNamedType type : smallrye.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                DataFetcher<?> before = smallrye.getCodeRegistry().getDataFetcher(coordinates, field);
                DataFetcher<?> after = lean.getDataFetcher(coordinates, field);
                batches += before instanceof BatchDataFetcher<?> ? 1 : 0;
                properties += before instanceof FieldDataFetcher<?> ? 1 : 0;
                if (after instanceof BatchDataFetcher<?> || after instanceof FieldDataFetcher<?>) {
                    left.add(coordinates.toString());
                }
            }
        }
        assertEquals(List.of(), left, "fields still on SmallRye's fetcher");
        assertTrue(batches >= 20, "batched fields seen: " + batches);
        assertTrue(properties >= 100, "properties seen: " + properties);
    }
}
