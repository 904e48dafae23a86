package dev.rivalrygraph.fact;

import dev.rivalrygraph.fact.Statements.Key;
import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Ranks and the "best values" rule. A NORMAL record is superseded when every statement it makes (see the
 * {@code statement} view) has a PREFERRED value from another record; the flag is stored so reads filter on a column,
 * and recomputed here, on write, for the statements a changed record takes part in.
 */
public final class Ranks {

    /** The Hibernate filter hiding deprecated and superseded records; enabled on every session. */
    public static final String BEST = "bestValues";

    /** A statement made by a record, and the record's rank. */
    private record Statement(long factId, Key key, String rank) {
        static Statement of(Object[] row) {
            return new Statement(((Number) row[0]).longValue(), Key.of(row, 1), (String) row[4]);
        }
    }

    private Ranks() {
    }

    /** Runs {@code read} with every rank visible: for loads by id, which find a record whatever its rank. */
    public static <T> T anyRank(Supplier<T> read) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        if (session.getEnabledFilter(BEST) == null) {
            return read.get();
        }
        session.disableFilter(BEST);
        try {
            return read.get();
        } finally {
            session.enableFilter(BEST);
        }
    }

    /** The rank rule for one alias of a query (empty for none): {@code " and x.rank <> ..."}, or "" for ALL. */
    @FunctionalInterface
    public interface Rule {
        String on(String alias);
    }

    /**
     * Runs a query that states the rank rule in its own text instead of leaving it to the filter. Hibernate reuses a
     * query's translation to SQL only when the session has no filter enabled (7.2: SqmInterpretationsKey); with the
     * filter on, it translated every query of every request anew, 16 % of the canonical question's CPU. So the query
     * runs with the filter off and adds the {@link Rule} for each record it reads (under {@code ranks: ALL} the rule
     * is empty; the two texts are two cached translations). A query on records that are not facts (citations) has
     * nothing to state and runs under {@link #anyRank} for the same gain.
     */
    public static <T> T stated(Function<Rule, T> query) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        boolean best = session.getEnabledFilter(BEST) != null;
        Rule rule = alias -> {
            String prefix = alias.isEmpty() ? "" : alias + ".";
            return best ? " and " + prefix + "rank <> dev.rivalrygraph.fact.Rank.DEPRECATED and " + prefix
                    + "superseded = false" : "";
        };
        return anyRank(() -> query.apply(rule));
    }

    /** Gives {@code fact} a new rank; DEPRECATED needs a reason. Must run in a transaction. */
    public static void change(Fact fact, Rank rank, String reason) throws BadUserInputException {
        if (rank == Rank.DEPRECATED && (reason == null || reason.isBlank())) {
            throw new BadUserInputException("Deprecating a record needs a reason: say why it is wrong or outdated.");
        }
        fact.rank = rank;
        fact.rankReason = reason == null || reason.isBlank() ? null : reason.strip();
        refresh(fact);
    }

    /**
     * Recomputes the superseded flag of {@code fact} and of every record sharing a statement with it. Call it after
     * creating or changing a record; must run in a transaction. Four reads of the statements, whatever the data.
     */
    public static void refresh(Fact fact) {
        Panache.getEntityManager().flush();
        Set<Key> keys = ofFacts(Set.of(fact.id)).stream().map(Statement::key).collect(Collectors.toSet());
        Set<Long> affected = new HashSet<>(Set.of(fact.id));
        members(keys).forEach(s -> affected.add(s.factId()));
        // every statement of the affected records, since a record is outranked only when all of them are
        List<Statement> theirs = ofFacts(affected);
        Map<Key, List<Statement>> groups = members(theirs.stream().map(Statement::key).collect(Collectors.toSet()))
                .stream().collect(Collectors.groupingBy(Statement::key));
        Map<Long, Boolean> outranked = new HashMap<>();
        for (Statement statement : theirs) {
            boolean preferredElsewhere = groups.getOrDefault(statement.key(), List.of()).stream()
                    .anyMatch(other -> other.factId() != statement.factId()
                            && Rank.PREFERRED.name().equals(other.rank()));
            outranked.merge(statement.factId(), Rank.NORMAL.name().equals(statement.rank()) && preferredElsewhere,
                    Boolean::logicalAnd);
        }
        Set<Long> superseded = outranked.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        // native, so the rank filter cannot hide rows from the update; the column is read-only to the entity
        Panache.getEntityManager()
                .createNativeQuery("UPDATE fact SET superseded = (id IN (:superseded)) WHERE id IN (:affected)")
                .setParameter("superseded", superseded.isEmpty() ? Set.of(-1L) : superseded)
                .setParameter("affected", affected)
                .executeUpdate();
    }

    private static final String STATEMENTS = "SELECT s.fact_id, s.subject_id, s.property, s.qualifier, f.fact_rank"
            + " FROM statement s JOIN fact f ON f.id = s.fact_id WHERE ";

    /** The statements these records make. */
    private static List<Statement> ofFacts(Collection<Long> ids) {
        return read(STATEMENTS + "s.fact_id IN (:ids)", ids);
    }

    /** Every statement with one of these keys, read by the keys' subjects. */
    private static List<Statement> members(Set<Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return read(STATEMENTS + "s.subject_id IN (:ids)", keys.stream().map(Key::subject).collect(Collectors.toSet()))
                .stream().filter(s -> keys.contains(s.key())).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Statement> read(String sql, Collection<Long> ids) {
        return ((List<Object[]>) Panache.getEntityManager().createNativeQuery(sql).setParameter("ids", ids)
                .getResultList()).stream().map(Statement::of).toList();
    }
}
