package dev.rivalrygraph.fact;

import dev.rivalrygraph.persistence.AnyOf;
import dev.rivalrygraph.persistence.Batches;
import io.quarkus.hibernate.orm.panache.Panache;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Batched loads shared by every feature: one statement for any number of ids. */
public final class Facts {

    private Facts() {
    }

    /**
     * The records of {@code type} (an entity class, possibly abstract) with these ids, in no particular order, whatever
     * their rank: a reference names its record (a role its organization), and the record's `rank` says how good it is.
     */
    public static <T> List<T> byIds(Class<T> type, Collection<Long> ids) {
        return ranked(type, ids, RankSelection.ALL);
    }

    /** {@link #byIds}, but only the records {@code ranks} shows. */
    private static <T> List<T> ranked(Class<T> type, Collection<Long> ids, RankSelection ranks) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " f where any_of(:ids, f.id)" + ranks.jpql("f"), type)
                .setParameter("ids", AnyOf.ids(ids))
                .getResultList();
    }

    /**
     * The record of {@code type} called {@code name}, ignoring case: by its own name first, else by an alias
     * (X for "Twitter", Threads for "Seuredeu").
     */
    public static <T> Optional<T> named(Class<T> type, String name, RankSelection ranks) {
        // Two statements, the second only for an alias, rather than one with "or f.id in (aliases)": PostgreSQL
        // answers each from an index on lower(name) (V10), and scans the whole table for the "or". The name is
        // lowered here, not by lower(:name): a parameter as a function's last argument may take a list, and
        // Hibernate would then translate the query anew each time instead of reusing its cached translation.
        String lowered = name.toLowerCase(Locale.ROOT);
        return first(type, "lower(f.name) = :name", lowered, ranks).or(() -> first(type,
                "f.id in (select a.subjectId from Alias a where lower(a.name) = :name" + ranks.jpql("a") + ")",
                lowered, ranks));
    }

    private static <T> Optional<T> first(Class<T> type, String condition, String name, RankSelection ranks) {
        return Panache.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " f where " + condition + ranks.jpql("f")
                        + " order by f.id", type)
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Runs a JPQL query selecting {@code [parentKey, value]} pairs for the parents' keys, bound to {@code :ids}; the
     * query states the rank rule for the records it reads.
     */
    public static <P> List<Object[]> pairs(String jpql, List<P> parents, Function<P, Long> key,
            Map<String, Object> more) {
        var keys = Batches.keys(parents, key);
        if (keys.isEmpty()) {
            return List.of();
        }
        var query = Panache.getEntityManager().createQuery(jpql, Object[].class).setParameter("ids", AnyOf.ids(keys));
        more.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The values a join query finds for each parent: {@link #pairs} grouped by {@link Batches#groupPairs}. */
    public static <P, V> List<List<V>> joined(String jpql, List<P> parents, Function<P, Long> key) {
        return Batches.groupPairs(parents, key, pairs(jpql, parents, key, Map.of()));
    }

    /** One referenced record per parent, loaded in one statement: {@code Product.owner}, {@code Role.person}... */
    public static <P, T extends Fact> List<T> referenced(List<P> parents, Function<P, Long> ref, Class<T> type) {
        return Batches.pick(parents, ref, byIds(type, Batches.keys(parents, ref)), Fact::getId);
    }

    /**
     * For each parent, the named records its links point at, by name, without repeats: a person's companies from the
     * roles held on a day, an organization's people. One statement for the records.
     */
    public static <P, L, T extends Subject> List<List<T>> linked(List<P> parents, Function<P, Long> parentKey,
            List<L> links, Function<L, Long> from, Function<L, Long> to, Class<T> type, RankSelection ranks) {
        Map<Long, T> targets = new HashMap<>();
        ranked(type, Batches.keys(links, to), ranks).forEach(t -> targets.put(t.getId(), t));
        return Batches.groupPairs(parents, parentKey, links.stream()
                .filter(link -> targets.containsKey(to.apply(link)))
                .map(link -> new Object[] { from.apply(link), targets.get(to.apply(link)) })
                .sorted(Comparator.comparing(row -> ((Subject) row[1]).getName()))
                .toList());
    }
}
