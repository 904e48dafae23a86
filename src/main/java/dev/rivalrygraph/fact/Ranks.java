package dev.rivalrygraph.fact;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks and the "best values" rule. A NORMAL record is superseded when every statement it makes (see the
 * {@code statement} view) has a PREFERRED value from another record; the flag is stored so reads filter on a column,
 * and recomputed here, on write, for the statements a changed record takes part in.
 */
public final class Ranks {

    /** The Hibernate filter hiding deprecated and superseded records; enabled on every session. */
    public static final String BEST = "bestValues";

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
     * creating or changing a record; must run in a transaction.
     */
    public static void refresh(Fact fact) {
        var em = Panache.getEntityManager();
        em.flush();
        Set<Long> affected = new HashSet<>();
        affected.add(fact.id);
        for (Object[] key : statementsOf(List.of(fact.id))) {
            affected.addAll(em.createNativeQuery("SELECT fact_id FROM statement"
                            + " WHERE subject_id = :subject AND property = :property AND qualifier = :qualifier", Long.class)
                    .setParameter("subject", key[1]).setParameter("property", key[2])
                    .setParameter("qualifier", key[3]).getResultList().stream().map(Long.class::cast).toList());
        }
        Set<Long> superseded = superseded(affected);
        // native, so the rank filter cannot hide rows from the update; the column is read-only to the entity
        em.createNativeQuery("UPDATE fact SET superseded = (id IN (:superseded)) WHERE id IN (:affected)")
                .setParameter("superseded", superseded.isEmpty() ? Set.of(-1L) : superseded)
                .setParameter("affected", affected)
                .executeUpdate();
    }

    /** The records among {@code ids} that are NORMAL and outranked on every statement they make. */
    private static Set<Long> superseded(Collection<Long> ids) {
        var em = Panache.getEntityManager();
        // every statement of the candidates, and for each, whether another record makes it with rank PREFERRED
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.fact_id, f.fact_rank, CASE WHEN EXISTS ("
                        + "SELECT 1 FROM statement p JOIN fact pf ON pf.id = p.fact_id WHERE pf.fact_rank = 'PREFERRED'"
                        + " AND p.subject_id = s.subject_id AND p.property = s.property AND p.qualifier = s.qualifier"
                        + " AND p.fact_id <> s.fact_id) THEN 1 ELSE 0 END"
                        + " FROM statement s JOIN fact f ON f.id = s.fact_id WHERE s.fact_id IN (:ids)")
                .setParameter("ids", ids).getResultList();
        Map<Long, Boolean> outranked = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            boolean normal = Rank.NORMAL.name().equals(row[1]);
            boolean preferredElsewhere = ((Number) row[2]).intValue() == 1;
            outranked.merge(id, normal && preferredElsewhere, Boolean::logicalAnd);
        }
        Set<Long> result = new HashSet<>();
        outranked.forEach((id, yes) -> {
            if (yes) {
                result.add(id);
            }
        });
        return result;
    }

    /** {@code [fact_id, subject_id, property, qualifier]} of every statement the records make. */
    @SuppressWarnings("unchecked")
    static List<Object[]> statementsOf(Collection<Long> ids) {
        return new ArrayList<>(Panache.getEntityManager()
                .createNativeQuery("SELECT fact_id, subject_id, property, qualifier FROM statement WHERE fact_id IN (:ids)")
                .setParameter("ids", ids).getResultList());
    }
}
