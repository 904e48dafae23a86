package dev.rivalrygraph.api;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import org.jboss.logging.Logger;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * Queues one parent of a batched field ({@code @Source List<Parent>}) with SmallRye's batch loader, as SmallRye's
 * {@link BatchDataFetcher} does, minus the per-parent work that nothing here reads: SmallRye fills its request
 * context again for every parent (the field's selection set written out as JSON, twice) and wraps each parent's
 * future in a Mutiny pipeline whose every stage captures and restores the thread's contexts. For the canonical
 * question at 100x, 1,800 parents: that was a third of the CPU of the answer (see the README, Benchmarks). The
 * batch loader itself, which fills SmallRye's context once per batch and calls the resolver, is SmallRye's own.
 * <p>
 * SmallRye exposes neither the field's argument converter nor its loader's name, so they are read from its fetcher
 * once (registered for reflection, so the native build can too); should a SmallRye upgrade rename them, fields keep
 * SmallRye's own fetcher and a warning says so.
 */
@RegisterForReflection(targets = BatchDataFetcher.class)
final class SourceBatchFetcher implements DataFetcher<Object> {

    private static final Logger LOG = Logger.getLogger(SourceBatchFetcher.class);

    private final ArgumentHelper arguments;
    private final String loader;

    private SourceBatchFetcher(ArgumentHelper arguments, String loader) {
        this.arguments = arguments;
        this.loader = loader;
    }

    /** The lean fetcher for SmallRye's batch fetcher, or SmallRye's own when its fields cannot be read. */
    static DataFetcher<?> replacing(DataFetcher<?> smallrye) {
        try {
            return new SourceBatchFetcher((ArgumentHelper) read(smallrye, "argumentHelper"),
                    (String) read(smallrye, "batchLoaderName"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Batched fields use SmallRye's own fetcher (slower): %s", e);
            return smallrye;
        }
    }

    private static Object read(Object fetcher, String name) throws ReflectiveOperationException {
        Field field = BatchDataFetcher.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(fetcher);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Map<String, Object> batch = new HashMap<>(4);
        batch.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(environment, true));
        batch.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
        return environment.getDataLoader(loader).load(environment.getSource(), batch);
    }
}
