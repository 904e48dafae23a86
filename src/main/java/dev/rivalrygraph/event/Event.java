package dev.rivalrygraph.event;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.persistence.AnyOf;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "event")
@DiscriminatorValue("EVENT")
@Type("Event")
@Description("A dated happening: a launch, a lawsuit, an offer, a challenge, a policy change, a release.")
public class Event extends Fact implements Cited {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind")
    @Description("What kind of happening.")
    public EventKind kind;

    @NonNull
    @Description("What happened, in a line.")
    public String title;

    @Description("More of what the sources say about it.")
    public String description;

    @Name("date")
    @Column(name = "occurred_on")
    @Description("When it happened, to `precision`, if the sources say.")
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "occurred_precision")
    @Description("How precisely `date` is known.")
    public DatePrecision precision;

    @Ignore
    @Column(name = "product_id")
    public Long productId;

    @Ignore
    @Column(name = "round_id")
    public Long roundId;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "actor_id")
    public Set<Long> participantIds = new HashSet<>();

    public static final String ORDER = " order by occurredOn nulls last, id";

    public static List<Event> ofRounds(Collection<Long> roundIds, RankSelection ranks) {
        return roundIds.isEmpty() ? List.of()
                : list("any_of(?1, roundId)" + ranks.jpql("") + ORDER, AnyOf.ids(roundIds));
    }

    public static List<Event> ofProducts(Collection<Long> productIds, RankSelection ranks) {
        return productIds.isEmpty() ? List.of()
                : list("any_of(?1, productId)" + ranks.jpql("") + ORDER, AnyOf.ids(productIds));
    }

    /** Who took part in each event, by name. */
    public static List<List<Actor>> participantsOf(List<Event> events, RankSelection ranks) {
        return Facts.joined("select e.id, a from Event e join e.participantIds pid, AbstractActor a"
                + " where a.id = pid and any_of(:ids, e.id)" + ranks.jpql("e") + ranks.jpql("a")
                + " order by a.name, a.id", events, e -> e.id);
    }

    /** The events each actor took part in, earliest first. */
    public static List<List<Event>> ofEach(List<Actor> actors, RankSelection ranks) {
        return Facts.joined("select pid, e from Event e join e.participantIds pid where any_of(:ids, pid)"
                + ranks.jpql("e") + " order by e.occurredOn nulls last, e.id", actors, Actor::getId);
    }
}
