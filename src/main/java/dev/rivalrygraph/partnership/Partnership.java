package dev.rivalrygraph.partnership;

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
import java.util.HashSet;
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
}
