package dev.rivalrygraph.fact;

import dev.rivalrygraph.persistence.AnyOf;
import dev.rivalrygraph.persistence.Batches;
import io.quarkus.hibernate.orm.panache.Panache;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "As of" a day: what was true then, and what had been reported by then — a record counts only once a source
 * published on or before that day cites it, so the graph answers as a reader of that day could have.
 */
public final class AsOf {

    public static final String DESCRIPTION = "Answer as of this day: only what was true then and had been reported "
            + "by then (cited by a source published on or before it).";

    private AsOf() {
    }

    /** The records among {@code facts} that some source had reported by {@code asOf}; all of them when it is null. */
    public static <T extends Fact> List<T> reported(List<T> facts, LocalDate asOf) {
        if (asOf == null || facts.isEmpty()) {
            return facts;
        }
        Set<Long> reported = new HashSet<>(Panache.getEntityManager()
                .createQuery("select distinct c.factId from Citation c, Source s where s.id = c.sourceId"
                        + " and any_of(:ids, c.factId) and s.publishedOn <= :asOf", Long.class)
                .setParameter("ids", AnyOf.ids(Batches.keys(facts, Fact::getId)))
                .setParameter("asOf", asOf)
                .getResultList());
        return facts.stream().filter(f -> reported.contains(f.id)).toList();
    }

    /** Whether a period that starts and ends on these days (either unknown) had begun and not ended by {@code asOf}. */
    public static boolean within(LocalDate start, LocalDate end, LocalDate asOf) {
        return asOf == null || (start == null || !start.isAfter(asOf)) && (end == null || !end.isBefore(asOf));
    }
}
