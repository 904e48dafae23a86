package dev.rivalrygraph.claim;

import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.persistence.AnyOf;
import dev.rivalrygraph.persistence.Batches;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "claim")
@DiscriminatorValue("CLAIM")
@Type("Claim")
@Description("What someone said or asserted: a quote, an allegation, an assertion, a prediction or a denial. "
        + "Claims are reported, not endorsed: two claims may contradict each other.")
public class Claim extends Fact implements Cited {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "claim_kind")
    @Description("What sort of statement.")
    public ClaimKind kind;

    @NonNull
    @Name("text")
    @Column(name = "content")
    @Description("The statement: verbatim for a QUOTE, else a faithful summary of the source's words.")
    public String content;

    @Ignore
    @Column(name = "speaker_id")
    public Long speakerId;

    @Name("statedOn")
    @Column(name = "stated_on")
    @Description("When it was said, to `precision`, if the sources say.")
    public LocalDate statedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "stated_precision")
    @Description("How precisely `statedOn` is known.")
    public DatePrecision precision;

    @Description("Where or how it was said ('on his Twitter account', 'a podcast with Lex Fridman').")
    public String context;

    @Description("What the claim asserts about its subjects, read as a statement: the property (\"kind\", "
            + "\"amount\", \"trains on user data\"...). Claims giving another value for a property than a record or "
            + "another claim about the same subject show up in `conflicts`.")
    public String property;

    @Ignore
    @Column(name = "property_of_id")
    public Long propertyOfId;

    @Column(name = "asserted_value")
    @Description("The value the claim gives `property` (\"CHATBOT\", \"yes\"...); set exactly when `property` is.")
    public String assertedValue;

    @Ignore
    @Column(name = "round_id")
    public Long roundId;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "claim_subject", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "subject_id")
    public Set<Long> subjectIds = new HashSet<>();

    public static final String ORDER = " order by statedOn nulls last, id";

    public static List<Claim> ofRounds(Collection<Long> roundIds, RankSelection ranks) {
        return roundIds.isEmpty() ? List.of()
                : list("any_of(?1, roundId)" + ranks.jpql("") + ORDER, AnyOf.ids(roundIds));
    }

    public static List<Claim> bySpeakers(Collection<Long> speakerIds, RankSelection ranks) {
        return speakerIds.isEmpty() ? List.of()
                : list("any_of(?1, speakerId)" + ranks.jpql("") + ORDER, AnyOf.ids(speakerIds));
    }

    /** The subjects of each claim, by name: people, organizations and products only. */
    public static List<List<Subject>> subjectsOf(List<Claim> claims, RankSelection ranks) {
        List<Object[]> pairs = Facts.pairs("select c.id, sid from Claim c join c.subjectIds sid where any_of(:ids, c.id)"
                + ranks.jpql("c"), claims, c -> c.id, Map.of());
        Map<Long, Subject> byId = new HashMap<>();
        Actors.subjects(pairs.stream().map(pair -> (Long) pair[1]).collect(Collectors.toSet()))
                .forEach(s -> byId.put(s.getId(), s));
        // a subject must be a person, an organization or a product; anything else is not listed here
        List<Object[]> rows = pairs.stream().filter(pair -> byId.containsKey((Long) pair[1]))
                .map(pair -> new Object[] { pair[0], byId.get((Long) pair[1]) })
                .sorted(Comparator.comparing(row -> ((Subject) row[1]).getName()))
                .toList();
        return Batches.groupPairs(claims, c -> c.id, rows);
    }

    /** The claims about each subject, earliest first. */
    public static List<List<Claim>> aboutEach(List<Subject> subjects, RankSelection ranks) {
        return Facts.joined("select sid, c from Claim c join c.subjectIds sid where any_of(:ids, sid)"
                + ranks.jpql("c") + " order by c.statedOn nulls last, c.id", subjects, Subject::getId);
    }
}
