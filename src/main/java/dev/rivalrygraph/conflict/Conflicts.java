package dev.rivalrygraph.conflict;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Node;
import dev.rivalrygraph.fact.Rank;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Statements.Key;
import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
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
 * but more than one value, letter case aside; each is a VALUE or a SPELLING conflict. A fixed number of statements
 * whatever the data: one to find the keys, one for the members of the keys, one for the records of the page.
 */
final class Conflicts {

    /** A value as compared: letter case aside, "Character.ai" and "Character.AI" are one name. */
    private static final String SAME = "LOWER(s.val)";
    /**
     * A name as spelled out: without case, spacing, punctuation or a final s ("Open AI", "OpenAI"; "Thread",
     * "Threads"). Names that differ but spell out the same are a SPELLING conflict; other properties have none.
     * The final s goes with an end mark ("threads|" less "s|"), so the name is worked on once per row.
     */
    private static final String SPELLING;

    static {
        String letters = "LOWER(s.val)";
        for (String mark : new String[] {" ", ".", "-", "_", ",", "|", "''", "\u2019"}) {
            letters = "REPLACE(" + letters + ", '" + mark + "', '')";
        }
        SPELLING = "CASE WHEN s.property = 'name' THEN REPLACE(REPLACE(" + letters + " || '|', 's|', ''), '|', '')"
                + " END";
    }

    /**
     * MIN <> MAX rather than COUNT(DISTINCT): the same answer without a set of values per group. The inner select
     * works each row's value out once for both aggregates.
     */
    private static final String GROUPS = "SELECT subject_id, property, qualifier, MIN(spelled), MAX(spelled)"
            + " FROM (SELECT s.subject_id, s.property, s.qualifier, " + SAME + " AS compared, " + SPELLING
            + " AS spelled FROM statement s JOIN fact f ON f.id = s.fact_id WHERE 1 = 1";
    private static final String GROUPED = ") t GROUP BY subject_id, property, qualifier"
            + " HAVING MIN(compared) <> MAX(compared) ORDER BY 1, 2, 3";
    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::subject)
            .thenComparing(Key::property).thenComparing(Key::qualifier);

    /** A record making a statement: its value as stored, as compared and as spelled out, and its rank. */
    private record Member(long factId, String value, String same, String spelling, boolean preferred) {
    }

    /** The rank rule for the statements' records, {@code f}. */
    private final String ranks;
    private final Set<ConflictKind> kinds;
    /** The members of every key looked at so far, so building a page needs no second look. */
    private final Map<Key, List<Member>> members = new HashMap<>();

    /** Conflicts among the records {@code ranks} shows, of these kinds only. */
    Conflicts(RankSelection ranks, Collection<ConflictKind> kinds) throws BadUserInputException {
        if (kinds == null || kinds.stream().anyMatch(Objects::isNull)) {
            throw new BadUserInputException("`kinds` must list kinds, not null: leave it out for VALUE conflicts "
                    + "only");
        }
        this.ranks = ranks.sql("f");
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(ConflictKind.class) : EnumSet.copyOf(kinds);
    }

    /** The keys of every conflict of the kinds asked, in order: one pass over the statements, a few bytes each. */
    List<Key> all() {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return rows(Panache.getEntityManager().createNativeQuery(GROUPS + ranks + GROUPED).getResultList())
                .stream().filter(row -> kinds.contains(kind((String) row[1], Arrays.asList(row[3], row[4]))))
                .map(row -> Key.of(row, 0)).toList();
    }

    /** SPELLING when the values are names that spell out the same, else VALUE. */
    private static ConflictKind kind(String property, Collection<?> spellings) {
        return "name".equals(property) && spellings.stream().distinct().count() == 1 ? ConflictKind.SPELLING
                : ConflictKind.VALUE;
    }

    private ConflictKind kind(Key key) {
        return kind(key.property(), members.getOrDefault(key, List.of()).stream().map(Member::spelling).toList());
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
        List<Key> conflicting = concerned.keySet().stream().filter(this::disagrees)
                .filter(key -> kinds.contains(kind(key))).sorted(ORDER).toList();
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
            conflicts.add(new Conflict(key.subject(), key.property(), kind(key), key.qualifier(),
                    List.copyOf(values.values()), resolved));
        }
        attachRecords(conflicts);
        return conflicts;
    }

    private boolean disagrees(Key key) {
        return members.getOrDefault(key, List.of()).stream().map(Member::same).distinct().count() > 1;
    }

    /** Reads the members of these keys: one statement, by the keys' subjects. */
    private void load(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<Key> wanted = new HashSet<>(keys);
        for (Object[] row : rows(Panache.getEntityManager().createNativeQuery("SELECT s.subject_id, s.property,"
                        + " s.qualifier, s.fact_id, s.val, f.fact_rank, " + SAME + ", " + SPELLING
                        + " FROM statement s JOIN fact f ON f.id = s.fact_id"
                        + " WHERE s.subject_id IN (:subjects)" + ranks + " ORDER BY s.fact_id")
                .setParameter("subjects", keys.stream().map(Key::subject).collect(Collectors.toSet()))
                .getResultList())) {
            Key key = Key.of(row, 0);
            if (wanted.contains(key)) {
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(new Member(((Number) row[3]).longValue(),
                        (String) row[4], (String) row[6], (String) row[7], Rank.PREFERRED.name().equals(row[5])));
            }
        }
    }

    /** Subjects and records in one load by id, whatever their rank: a conflict shows every side it found. */
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
