package dev.rivalrygraph.fact;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Statements.Key;
import io.quarkus.hibernate.orm.panache.Panache;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes of rank. A NORMAL record is superseded when every statement it makes (see the {@code statement} view) has
 * a PREFERRED value from another record; the flag is stored so that the rank rule ({@link RankSelection}) reads a
 * column, and recomputed here, on write, for the statements a changed record takes part in.
 */
public final class Ranks {

    /** A statement made by a record, and the record's rank. */
    private record Statement(long factId, Key key, String rank) {
        static Statement of(Object[] row) {
            return new Statement(((Number) row[0]).longValue(), Key.of(row, 1), (String) row[4]);
        }
    }

    private Ranks() {
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
        // native: the column is read-only to the entity
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
