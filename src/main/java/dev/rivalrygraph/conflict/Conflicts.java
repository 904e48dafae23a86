package dev.rivalrygraph.conflict;

import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Rank;
import dev.rivalrygraph.fact.Statements.Key;
import dev.rivalrygraph.node.Node;
import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds conflicts in the {@code statement} view: groups of statements with the same subject, property and qualifier
 * but more than one value. A fixed number of statements whatever the data: one to find the keys, one for the members
 * of the keys, one for the records of the page.
 */
final class Conflicts {

    /** The best values only: what lists show by default. */
    private static final String BEST = " AND f.fact_rank <> 'DEPRECATED' AND f.superseded = FALSE";
    /** MIN <> MAX rather than COUNT(DISTINCT): the same answer without a set of values per group. */
    private static final String GROUPS = "SELECT s.subject_id, s.property, s.qualifier FROM statement s"
            + " JOIN fact f ON f.id = s.fact_id WHERE 1 = 1%s"
            + " GROUP BY s.subject_id, s.property, s.qualifier HAVING MIN(s.val) <> MAX(s.val) ORDER BY 1, 2, 3";
    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::subject)
            .thenComparing(Key::property).thenComparing(Key::qualifier);

    /** A record making a statement: its value and rank. */
    private record Member(long factId, String value, boolean preferred) {
    }

    private final String ranks;
    /** The members of every key looked at so far, so building a page needs no second look. */
    private final Map<Key, List<Member>> members = new HashMap<>();

    Conflicts(boolean allRanks) {
        this.ranks = allRanks ? "" : BEST;
    }

    /** The keys of every conflict, in order: one pass over the statements, a few bytes per conflict. */
    List<Key> all() {
        return rows(Panache.getEntityManager().createNativeQuery(GROUPS.formatted(ranks)).getResultList())
                .stream().map(row -> Key.of(row, 0)).toList();
    }

    /** The keys of the conflicts about each subject: over its own properties, or a statement that concerns it. */
    List<List<Key>> about(List<Long> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        Set<Long> asked = new HashSet<>(subjects);
        Map<Key, Set<Long>> concerned = new HashMap<>();
        for (Object[] row : rows(Panache.getEntityManager().createNativeQuery("SELECT DISTINCT s.subject_id,"
                        + " s.property, s.qualifier, s.about1, s.about2"
                        + " FROM statement s JOIN fact f ON f.id = s.fact_id"
                        + " WHERE (s.subject_id IN (:ids) OR s.about1 IN (:ids) OR s.about2 IN (:ids))" + ranks)
                .setParameter("ids", asked).getResultList())) {
            Set<Long> whom = concerned.computeIfAbsent(Key.of(row, 0), k -> new HashSet<>());
            for (int at : new int[] {0, 3, 4}) {
                if (row[at] != null && asked.contains(((Number) row[at]).longValue())) {
                    whom.add(((Number) row[at]).longValue());
                }
            }
        }
        load(concerned.keySet());
        List<Key> conflicting = concerned.keySet().stream().filter(this::disagrees).sorted(ORDER).toList();
        List<List<Key>> result = new ArrayList<>(subjects.size());
        for (Long subject : subjects) {
            result.add(conflicting.stream().filter(key -> concerned.get(key).contains(subject)).toList());
        }
        return result;
    }

    /** The conflicts of these keys, in their order, with their subjects and records loaded. */
    List<Conflict> of(List<Key> keys) {
        load(keys.stream().filter(key -> !members.containsKey(key)).toList());
        List<Conflict> conflicts = new ArrayList<>(keys.size());
        for (Key key : keys) {
            Map<String, ConflictValue> values = new LinkedHashMap<>();
            boolean resolved = false;
            for (Member member : members.getOrDefault(key, List.of())) {
                values.computeIfAbsent(member.value(), ConflictValue::new).factIds.add(member.factId());
                resolved |= member.preferred();
            }
            conflicts.add(new Conflict(key.subject(), key.property(), key.qualifier(), List.copyOf(values.values()),
                    resolved));
        }
        attachRecords(conflicts);
        return conflicts;
    }

    private boolean disagrees(Key key) {
        return members.getOrDefault(key, List.of()).stream().map(Member::value).distinct().count() > 1;
    }

    /** Reads the members of these keys: one statement, by the keys' subjects. */
    private void load(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<Key> wanted = new HashSet<>(keys);
        for (Object[] row : rows(Panache.getEntityManager().createNativeQuery("SELECT s.subject_id, s.property,"
                        + " s.qualifier, s.fact_id, s.val, f.fact_rank FROM statement s JOIN fact f ON f.id = s.fact_id"
                        + " WHERE s.subject_id IN (:subjects)" + ranks + " ORDER BY s.fact_id")
                .setParameter("subjects", keys.stream().map(Key::subject).collect(Collectors.toSet()))
                .getResultList())) {
            Key key = Key.of(row, 0);
            if (wanted.contains(key)) {
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(new Member(((Number) row[3]).longValue(),
                        (String) row[4], Rank.PREFERRED.name().equals(row[5])));
            }
        }
    }

    /** Subjects and records in one load by id, so the rank filter cannot leave a side without its records. */
    private static void attachRecords(List<Conflict> conflicts) {
        Set<Long> ids = new HashSet<>();
        for (Conflict conflict : conflicts) {
            ids.add(conflict.subjectId);
            conflict.values.forEach(v -> ids.addAll(v.factIds));
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Fact> facts = Panache.getEntityManager().unwrap(Session.class).byMultipleIds(Fact.class)
                .multiLoad(new ArrayList<>(ids)).stream().filter(Objects::nonNull)
                .collect(Collectors.toMap(Fact::getId, Function.identity()));
        for (Conflict conflict : conflicts) {
            conflict.subject = (Node) facts.get(conflict.subjectId);
            for (ConflictValue value : conflict.values) {
                value.records = value.factIds.stream().map(id -> (Cited) facts.get(id)).toList();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Collection<?> result) {
        return (List<Object[]>) result;
    }
}
