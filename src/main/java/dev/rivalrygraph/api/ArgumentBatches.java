package dev.rivalrygraph.api;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.Try;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Batched fields keyed by parent <em>and</em> arguments. SmallRye GraphQL 2.17.0 keeps one DataLoader per field for
 * the whole request, and two of its choices make aliases of a field with different arguments answer wrongly without
 * an error:
 * <ul>
 * <li>its batch function ({@code BatchLoaderHelper.getBatchContext}) calls the resolver with the arguments of the
 * batch's first key, so in {@code { product(name: "Threads") { x: userMetrics(kind: DAU) { value }
 * y: userMetrics(kind: MAU) { value } } }} both aliases get the DAU figures;</li>
 * <li>its cache key ({@code ExecutionService.getCacheKeyFunction}) is {@code Objects.hash} of the parent and the
 * arguments, an {@code int}: two calls whose values hash alike (the strings "U.S." and "V\u000fS.") share one
 * answer.</li>
 * </ul>
 * Upstream reproduction: any {@code @Source List<P>} field with an argument, asked twice under two aliases with
 * different values for the same parent. Here each field's loader is replaced, for the request, by one whose key is
 * the parent with the arguments as the engine coerced them (input objects are maps, so equal values are equal) and
 * whose batch function calls SmallRye's once per distinct set of arguments among the keys queued: parents asked
 * with the same arguments still share one batch. {@code AliasedArgumentsTest} fails without it.
 */
final class ArgumentBatches {

    private ArgumentBatches() {
    }

    /** A parent asked with these arguments. */
    record Keyed(Object parent, Map<String, Object> arguments) {
    }

    /** Marks the batch functions this class made, so that fetchers queue {@link Keyed} keys with them. */
    private record Grouped(BatchLoaderWithContext<Object, Object> smallrye)
            implements BatchLoaderWithContext<Object, Object> {

        @Override
        public CompletionStage<List<Object>> load(List<Object> keys, BatchLoaderEnvironment environment) {
            List<Object> contexts = environment.getKeyContextsList();
            Map<Map<String, Object>, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                groups.computeIfAbsent(((Keyed) keys.get(i)).arguments(), a -> new ArrayList<>()).add(i);
            }
            if (groups.size() == 1) {
                return smallrye.load(keys.stream().map(key -> ((Keyed) key).parent()).toList(), environment);
            }
            Object[] answers = new Object[keys.size()];
            List<CompletableFuture<?>> calls = new ArrayList<>(groups.size());
            for (List<Integer> group : groups.values()) {
                List<Object> parents = new ArrayList<>(group.size());
                List<Object> groupContexts = new ArrayList<>(group.size());
                for (int i : group) {
                    parents.add(((Keyed) keys.get(i)).parent());
                    groupContexts.add(contexts.get(i));
                }
                BatchLoaderEnvironment groupEnvironment = BatchLoaderEnvironment.newBatchLoaderEnvironment()
                        .context(environment.getContext()).keyContexts(parents, groupContexts).build();
                // a group that fails (a bad cursor, say) fails its own keys only: Try values are unwrapped per key
                calls.add(call(parents, groupEnvironment).handle((values, failure) -> {
                    for (int k = 0; k < group.size(); k++) {
                        answers[group.get(k)] = failure == null ? values.get(k) : Try.failed(unwrapped(failure));
                    }
                    return null;
                }));
            }
            return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                    .thenApply(done -> Arrays.asList(answers));
        }

        /** SmallRye's batch function, whose resolver may also throw before it returns a stage. */
        private CompletableFuture<List<Object>> call(List<Object> parents, BatchLoaderEnvironment environment) {
            try {
                return smallrye.load(parents, environment).toCompletableFuture();
            } catch (Exception thrown) {
                return CompletableFuture.failedFuture(thrown);
            }
        }

        private static Throwable unwrapped(Throwable failure) {
            return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        }
    }

    /**
     * The same loader keyed by parent and arguments, SmallRye's cache key function left out; a loader SmallRye built
     * without one (a field without arguments, already keyed by its parent) is kept as it is.
     */
    @SuppressWarnings("unchecked")
    static DataLoader<?, ?> keyedByArguments(DataLoader<?, ?> smallrye) {
        if (smallrye.getOptions().cacheKeyFunction().isEmpty()
                || !(smallrye.getBatchLoadFunction() instanceof BatchLoaderWithContext<?, ?> function)) {
            return smallrye;
        }
        DataLoaderOptions options = smallrye.getOptions()
                .transform(o -> o.setCacheKeyFunction((CacheKey<Object>) key -> key));
        return DataLoaderFactory.newDataLoader(new Grouped((BatchLoaderWithContext<Object, Object>) function),
                options);
    }

    /** The key to queue a parent under with this loader. */
    static Object key(DataLoader<?, ?> loader, DataFetchingEnvironment environment) {
        return loader.getBatchLoadFunction() instanceof Grouped
                ? new Keyed(environment.getSource(), environment.getArguments())
                : environment.getSource();
    }
}
