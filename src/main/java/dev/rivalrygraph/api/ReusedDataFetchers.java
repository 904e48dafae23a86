package dev.rivalrygraph.api;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Quarkus's data fetchers, each made once per operation. SmallRye GraphQL 2.17 gives every request a DataLoader for
 * every {@code @Source List<...>} operation of the schema, and asks for a new batch loader for each: Quarkus builds a
 * fetcher by reflection, loading its classes by name. With this schema's batched fields that was a fifth of the CPU of
 * a point lookup, for loaders the request mostly never calls. The fetchers hold no per-request state (SmallRye shares
 * the root fields' ones between requests already), so each is made on first use and handed out again.
 * <p>
 * SmallRye asks its {@link DataFetcherService}s in order of priority, lowest first; Quarkus's has 1. Registered in
 * META-INF/services, which the native build reads too.
 */
public final class ReusedDataFetchers implements DataFetcherService {

    private enum Kind { COMPLETION_STAGE, UNI, PUBLISHER, MULTI, OTHER_WRAPPED, OTHER_FIELD, DEFAULT }

    /** Keyed by the operation itself: SmallRye's model objects live as long as the schema, and hash by value. */
    private record Key(Kind kind, Operation operation) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind == kind && key.operation == operation;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(operation) + kind.ordinal();
        }
    }

    private final QuarkusDataFetcherService quarkus = new QuarkusDataFetcherService();
    private final Map<Key, PlugableBatchableDataFetcher<?, ?>> made = new ConcurrentHashMap<>();

    @Override
    public Integer getPriority() {
        return 0;
    }

    @SuppressWarnings("rawtypes")
    private PlugableBatchableDataFetcher reused(Kind kind, Operation operation, Type type,
            BiFunction<Operation, Type, PlugableBatchableDataFetcher> make) {
        Key key = new Key(kind, operation);
        PlugableBatchableDataFetcher<?, ?> fetcher = made.get(key);
        if (fetcher == null) {
            fetcher = make.apply(operation, type);
            if (fetcher == null) {
                return null; // Quarkus has none of this kind: SmallRye asks its next service
            }
            made.putIfAbsent(key, fetcher);
        }
        return fetcher;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableBatchableDataFetcher getCompletionStageDataFetcher(Operation operation, Type type) {
        return reused(Kind.COMPLETION_STAGE, operation, type, quarkus::getCompletionStageDataFetcher);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableBatchableDataFetcher getUniDataFetcher(Operation operation, Type type) {
        return reused(Kind.UNI, operation, type, quarkus::getUniDataFetcher);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableBatchableDataFetcher getPublisherDataFetcher(Operation operation, Type type) {
        return reused(Kind.PUBLISHER, operation, type, quarkus::getPublisherDataFetcher);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableBatchableDataFetcher getMultiDataFetcher(Operation operation, Type type) {
        return reused(Kind.MULTI, operation, type, quarkus::getMultiDataFetcher);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableBatchableDataFetcher getOtherWrappedDataFetcher(Operation operation, Type type) {
        return reused(Kind.OTHER_WRAPPED, operation, type, quarkus::getOtherWrappedDataFetcher);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableBatchableDataFetcher getOtherFieldDataFetcher(Operation operation, Type type) {
        return reused(Kind.OTHER_FIELD, operation, type, quarkus::getOtherFieldDataFetcher);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return reused(Kind.DEFAULT, operation, type, quarkus::getDefaultDataFetcher);
    }
}
