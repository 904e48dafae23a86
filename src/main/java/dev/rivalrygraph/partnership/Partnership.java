package dev.rivalrygraph.partnership;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "partnership")
@DiscriminatorValue("PARTNERSHIP")
@Type("Partnership")
@Description("Two or more actors working together, or talking about it.")
public class Partnership extends Fact implements Cited {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Where it stands, as of its source.")
    public PartnershipStatus status;

    @Description("What it is about.")
    public String focus;

    @Name("date")
    @Column(name = "occurred_on")
    @Description("When it was reported to start or happen, to `precision`, if the sources say.")
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "occurred_precision")
    @Description("How precisely `date` is known.")
    public DatePrecision precision;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "partnership_party", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "actor_id")
    public Set<Long> partyIds = new HashSet<>();

    public static final String ORDER = " order by occurredOn nulls last, id";

    /** Who is in each partnership, by name. */
    public static List<List<Actor>> partiesOf(List<Partnership> partnerships, RankSelection ranks) {
        return Facts.joined("select p.id, a from Partnership p join p.partyIds pid, AbstractActor a"
                + " where a.id = pid and any_of(:ids, p.id)" + ranks.jpql("p") + ranks.jpql("a")
                + " order by a.name, a.id", partnerships, p -> p.id);
    }

    /** The partnerships each actor is in, earliest first. */
    public static List<List<Partnership>> ofEach(List<Actor> actors, RankSelection ranks) {
        return Facts.joined("select pid, p from Partnership p join p.partyIds pid where any_of(:ids, pid)"
                + ranks.jpql("p") + " order by p.occurredOn nulls last, p.id", actors, Actor::getId);
    }
}
