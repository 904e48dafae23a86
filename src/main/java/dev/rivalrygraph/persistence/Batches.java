package dev.rivalrygraph.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Lines up the rows of one batched query with the parents that asked for them. SmallRye GraphQL's
 * {@code @Source List<Parent>} resolvers must answer one list per parent, in the parents' order.
 */
public final class Batches {

    private Batches() {
    }

    /** The distinct non-null keys of the parents, for an {@code IN} clause. */
    public static <P, K> Set<K> keys(Collection<P> parents, Function<P, K> key) {
        Set<K> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            K k = key.apply(parent);
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** One list per parent: the rows whose {@code rowKey} equals the parent's {@code parentKey}, in row order. */
    public static <P, R, K> List<List<R>> groupBy(List<P> parents, Function<P, K> parentKey, List<R> rows,
            Function<R, K> rowKey) {
        Map<K, List<R>> byKey = new HashMap<>();
        for (R row : rows) {
            byKey.computeIfAbsent(rowKey.apply(row), k -> new ArrayList<>()).add(row);
        }
        List<List<R>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byKey.getOrDefault(parentKey.apply(parent), List.of()));
        }
        return result;
    }

    /**
     * One list per parent from {@code [parentKey, value]} rows of a join query, in row order, without repeats
     * (a person who is both CEO and owner lists the company once).
     */
    @SuppressWarnings("unchecked")
    public static <P, K, V> List<List<V>> groupPairs(List<P> parents, Function<P, K> parentKey, List<Object[]> rows) {
        Map<K, Set<V>> byKey = new HashMap<>();
        for (Object[] row : rows) {
            byKey.computeIfAbsent((K) row[0], k -> new LinkedHashSet<>()).add((V) row[1]);
        }
        List<List<V>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Set<V> values = byKey.get(parentKey.apply(parent));
            result.add(values == null ? List.of() : List.copyOf(values));
        }
        return result;
    }

    /** One value per parent (or null): the row whose id equals the parent's reference. */
    public static <P, R, K> List<R> pick(List<P> parents, Function<P, K> reference, List<R> rows,
            Function<R, K> rowId) {
        Map<K, R> byId = new HashMap<>();
        for (R row : rows) {
            byId.put(rowId.apply(row), row);
        }
        List<R> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            K ref = reference.apply(parent);
            result.add(ref == null ? null : byId.get(ref));
        }
        return result;
    }
}
