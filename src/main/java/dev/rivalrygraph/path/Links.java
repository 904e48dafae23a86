package dev.rivalrygraph.path;

import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.persistence.AnyOf;
import io.quarkus.hibernate.orm.panache.Panache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph's links as seen from a set of subjects: one statement per kind of link, whatever the set's size, so a
 * breadth-first search costs a fixed number of statements per hop.
 */
final class Links {

    /** A link between two subjects through a cited record. */
    record Link(long a, long b, long via, String relation) {
        long other(long end) {
            return end == a ? b : a;
        }
    }

    /** [relation, query, alias of the record that links]: the rank rule is stated for the linking record. */
    private static final String[][] PAIRS = {
            { "ROLE", "select r.personId, r.organizationId, r.id from Role r"
                    + " where (any_of(:f, r.personId) or any_of(:f, r.organizationId))", "r" },
            { "OWNS", "select p.ownerId, p.id, p.id from Product p where p.ownerId is not null"
                    + " and (any_of(:f, p.ownerId) or any_of(:f, p.id))", "p" },
            { "BUILT_ON", "select p.id, p.basedOnId, p.id from Product p where p.basedOnId is not null"
                    + " and (any_of(:f, p.id) or any_of(:f, p.basedOnId))", "p" },
            { "BUILT_ON", "select p.id, p.versionOfId, p.id from Product p where p.versionOfId is not null"
                    + " and (any_of(:f, p.id) or any_of(:f, p.versionOfId))", "p" },
            { "PARENT", "select o.id, o.parentId, o.id from Organization o where o.parentId is not null"
                    + " and (any_of(:f, o.id) or any_of(:f, o.parentId))", "o" },
            { "INVESTMENT", "select i.investorId, i.investeeId, i.id from Investment i where i.investorId is not null"
                    + " and i.investeeId is not null and (any_of(:f, i.investorId) or any_of(:f, i.investeeId))", "i" },
            { "EVENT", "select e.productId, pid, e.id from Event e join e.participantIds pid"
                    + " where e.productId is not null and (any_of(:f, e.productId) or any_of(:f, pid))", "e" },
            { "CLAIM", "select c.speakerId, sid, c.id from Claim c join c.subjectIds sid where c.speakerId is not null"
                    + " and c.speakerId <> sid and (any_of(:f, c.speakerId) or any_of(:f, sid))", "c" },
    };

    /**
     * Records that link every pair of their members: [record, member] rows for records with a member in :f. The
     * inner record is the outer one, so the rule stated for the outer holds for both.
     */
    private static final String[][] GROUPS = {
            { "PARTNERSHIP", "select p.id, m from Partnership p join p.partyIds m where p.id in"
                    + " (select q.id from Partnership q join q.partyIds x where any_of(:f, x))", "p" },
            { "RIVALRY", "select r.id, m.actorId from Rivalry r join r.parties m where r.id in"
                    + " (select q.id from Rivalry q join q.parties x where any_of(:f, x.actorId))", "r" },
            { "EVENT", "select e.id, m from Event e join e.participantIds m where e.id in"
                    + " (select q.id from Event q join q.participantIds x where any_of(:f, x))", "e" },
    };

    private Links() {
    }

    /** Every link with an end in {@code frontier}. */
    static List<Link> touching(Collection<Long> frontier, RankSelection ranks) {
        List<Link> links = new ArrayList<>();
        for (String[] pair : PAIRS) {
            for (Object[] row : rows(pair[1] + ranks.jpql(pair[2]), frontier)) {
                links.add(new Link((Long) row[0], (Long) row[1], (Long) row[2], pair[0]));
            }
        }
        for (String[] group : GROUPS) {
            Map<Long, List<Long>> members = new HashMap<>();
            for (Object[] row : rows(group[1] + ranks.jpql(group[2]), frontier)) {
                members.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
            }
            members.forEach((record, ids) -> {
                for (Long a : ids) {
                    if (frontier.contains(a)) {
                        for (Long b : ids) {
                            if (!a.equals(b)) {
                                links.add(new Link(a, b, record, group[0]));
                            }
                        }
                    }
                }
            });
        }
        return links;
    }

    private static List<Object[]> rows(String jpql, Collection<Long> frontier) {
        return Panache.getEntityManager().createQuery(jpql, Object[].class).setParameter("f", AnyOf.ids(frontier))
                .getResultList();
    }
}
