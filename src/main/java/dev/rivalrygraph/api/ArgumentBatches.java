package dev.rivalrygraph.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One batch loader per batched field <em>and set of argument values</em>, for the request. SmallRye GraphQL 2.17.0
 * keeps one DataLoader per field for the whole request, and two of its choices make aliases of a field with different
 * arguments answer wrongly without an error:
 * <ul>
 * <li>its batch function ({@code BatchLoaderHelper.getBatchContext}) calls the resolver with the arguments of the
 * batch's first key, so in {@code { product(name: "Threads") { x: userMetrics(kind: DAU) { value }
 * y: userMetrics(kind: MAU) { value } } }} both aliases get the DAU figures;</li>
 * <li>its cache key ({@code ExecutionService.getCacheKeyFunction}) is {@code Objects.hash} of the parent and the
 * arguments, an {@code int}: two calls whose values hash alike (the strings "Aa" and "BB") share one answer.</li>
 * </ul>
 * Here each distinct set of arguments (as the engine coerced them: input objects are maps, so equal values are equal)
 * gets a loader of its own, made from SmallRye's batch function, caching by the parent itself; parents asked with the
 * same arguments still share one batch. {@code AliasedArgumentsTest} fails without this.
 */
final class ArgumentBatches {

    private static final String KEY = ArgumentBatches.class.getName();

    private record Batched(String field, Map<String, Object> arguments) {
    }

    private final Map<Batched, DataLoader<Object, Object>> loaders = new ConcurrentHashMap<>();
    private final AtomicInteger made = new AtomicInteger();

    private ArgumentBatches() {
    }

    /** The request's loader for this field with this environment's arguments, registered to be dispatched. */
    static DataLoader<Object, Object> loader(DataFetchingEnvironment environment, String field) {
        GraphQLContext context = environment.getGraphQlContext();
        ArgumentBatches batches = context.computeIfAbsent(KEY, key -> new ArgumentBatches());
        return batches.loaders.computeIfAbsent(new Batched(field, environment.getArguments()),
                batched -> register(environment.getDataLoaderRegistry(), field, batches.made.incrementAndGet()));
    }

    @SuppressWarnings("unchecked")
    private static DataLoader<Object, Object> register(DataLoaderRegistry registry, String field, int number) {
        DataLoader<?, ?> smallrye = registry.getDataLoader(field);
        // the registry keeps (and dispatches) a named copy of what it is given: load through that copy
        return registry.registerAndGet(field + "#" + number, DataLoaderFactory.newDataLoader(
                (BatchLoaderWithContext<Object, Object>) smallrye.getBatchLoadFunction()));
    }
}
