package dev.rivalrygraph.event;

import dev.rivalrygraph.fact.AnyOf;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Fact;
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
}
