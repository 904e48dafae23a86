package dev.rivalrygraph.api;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.SelectedField;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import org.dataloader.DataLoader;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Leaner stand-ins for two of SmallRye GraphQL's data fetchers, doing what they do minus the work nothing here reads:
 * both fill SmallRye's request context anew for every value they fetch (the path as text, the field's selection set
 * written out as JSON, twice), and the batch fetcher wraps each parent's future in a Mutiny pipeline whose every stage
 * captures and restores the thread's contexts. For the canonical question at 100x (1,800 batched parents, some 8,000
 * plain values) that was a third of the CPU of the answer (docs/performance.md).
 * <ul>
 * <li>{@code @Source List<Parent>} fields ({@link BatchDataFetcher}): the parent is queued with SmallRye's own batch
 * loader, which fills the context once per batch and calls the resolver.</li>
 * <li>Plain properties ({@link FieldDataFetcher}): the getter or public field SmallRye would read, then SmallRye's
 * own formatting of the value where it would change it.</li>
 * <li>Root fields and batches ({@link AbstractDataFetcher}): SmallRye's own, shown an empty selection set. SmallRye
 * writes the selection set out as JSON into its {@code Context}, twice, for every resolver it calls; no resolver here
 * takes a {@code Context}, and that JSON was a tenth of the CPU of a small answer.</li>
 * </ul>
 * {@link GraphQLSetup} puts them in the engine's code registry once, at start.
 * SmallRye exposes neither fetcher's model, so it is read from the fetcher once (registered for reflection, so the
 * native build can too). Should a SmallRye upgrade rename what is read, the application fails to start rather than
 * run SmallRye's batch fetcher, which gives aliases with different arguments the same answer
 * ({@link ArgumentBatches}), or silently run slower ({@code SmallRyeFetchersTest} checks every fetcher is replaced).
 */
@RegisterForReflection(targets = { BatchDataFetcher.class, FieldDataFetcher.class })
final class SmallRyeFetchers {

    private SmallRyeFetchers() {
    }

    /** Puts the stand-ins in place of SmallRye's fetchers, field by field, in a registry built from the schema's. */
    static void replace(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                DataFetcher<?> smallrye = schema.getCodeRegistry().getDataFetcher(coordinates, field);
                DataFetcher<?> lean = leaner(smallrye);
                if (lean != smallrye) {
                    registry.dataFetcher(coordinates, lean);
                }
            }
        }
    }

    /** The stand-in for a SmallRye fetcher, or the fetcher itself (other kinds, or a model that cannot be read). */
    private static DataFetcher<?> leaner(DataFetcher<?> smallrye) {
        try {
            if (smallrye instanceof BatchDataFetcher<?>) {
                return new Batch((ArgumentHelper) read(smallrye, BatchDataFetcher.class, "argumentHelper"),
                        (String) read(smallrye, BatchDataFetcher.class, "batchLoaderName"));
            }
            if (smallrye instanceof FieldDataFetcher<?>) {
                return Property.of((Field) read(smallrye, FieldDataFetcher.class, "field"),
                        (Reference) read(smallrye, FieldDataFetcher.class, "owner"));
            }
            if (smallrye instanceof AbstractDataFetcher<?, ?>) {
                return environment -> smallrye.get(unselected(environment));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // SmallRye's batch fetcher answers aliases with different arguments wrongly (ArgumentBatches); its
            // property fetcher answers right, slower: an upgrade that breaks either stand-in is found at start
            throw new IllegalStateException("Cannot stand in for SmallRye GraphQL's "
                    + smallrye.getClass().getSimpleName() + " (written against SmallRye GraphQL 2.17): " + e, e);
        }
        return smallrye;
    }

    private static Object read(Object fetcher, Class<?> type, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(fetcher);
    }

    /** Queues one parent with the batch loader of its field and arguments ({@link ArgumentBatches}). */
    private record Batch(ArgumentHelper arguments, String loader) implements DataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Map<String, Object> batch = new HashMap<>(4);
            batch.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(environment, true));
            batch.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, unselected(environment));
            DataLoader<Object, Object> batched = environment.getDataLoader(loader);
            return batched.load(ArgumentBatches.key(batched, environment), batch);
        }
    }

    /** The environment as SmallRye's resolvers see it: everything but the selection set (see above). */
    private static DataFetchingEnvironment unselected(DataFetchingEnvironment environment) {
        return new DelegatingDataFetchingEnvironment(environment) {
            @Override
            public DataFetchingFieldSelectionSet getSelectionSet() {
                return NO_SELECTION;
            }
        };
    }

    private static final DataFetchingFieldSelectionSet NO_SELECTION = new DataFetchingFieldSelectionSet() {
        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern,
                String... fieldGlobPatterns) {
            return Map.of();
        }
    };

    /**
     * Reads a property as SmallRye does: its getter when the model names one, else its public field. A property whose
     * value SmallRye neither transforms nor adapts (nearly all) is read without graphql-java building the field's
     * {@link DataFetchingEnvironment} ({@link LightDataFetcher}).
     */
    private record Property(Method getter, java.lang.reflect.Field field, Format format, boolean plain)
            implements LightDataFetcher<Object> {

        static Property of(Field model, Reference owner) throws ReflectiveOperationException {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            Format format = new Format(model);
            return model.getMethodName() != null
                    ? new Property(type.getMethod(model.getMethodName()), null, format, format.plain(model))
                    : new Property(null, type.getField(model.getPropertyName()), format, format.plain(model));
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source,
                Supplier<DataFetchingEnvironment> environment) throws Exception {
            if (source == null) {
                return null;
            }
            Object value = getter != null ? getter.invoke(source) : field.get(source);
            return plain ? value : format.transformOrAdaptResponse(value, environment.get());
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }
    }

    /** SmallRye's formatting of a property's value, and whether it leaves the value as it is. */
    private static final class Format extends FieldHelper {
        Format(Field model) {
            super(model);
        }

        boolean plain(Field model) {
            return !model.hasWrapper() && !shouldTransform(model) && !shouldAdapt(model);
        }
    }
}
