package dev.rivalrygraph.product;

import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.persistence.AnyOf;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "product")
@DiscriminatorValue("PRODUCT")
@Type("Product")
@Description("Something an organization ships or builds: a social network, a chatbot, a language model...")
public class Product extends Fact implements Subject {

    @NonNull
    @Description("The name the graph files it under; other names are in `aliases`.")
    public String name;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "product_kind")
    @Description("What sort of product it is.")
    public ProductKind kind;

    @Ignore
    @Column(name = "owner_id")
    public Long ownerId;

    @Ignore
    @Column(name = "based_on_id")
    public Long basedOnId;

    @Ignore
    @Column(name = "version_of_id")
    public Long versionOfId;

    @Description("Its state when not simply on the market ('in internal testing', 'speculated').")
    public String status;

    @Description("What the sources say it is, in a sentence.")
    public String description;

    @Override
    @NonNull
    @Description("The name the graph files it under; other names are in `aliases`.")
    public String getName() {
        return name;
    }

    public static List<Product> ofOwners(Collection<Long> ownerIds, RankSelection ranks) {
        return ownerIds.isEmpty() ? List.of()
                : list("any_of(?1, ownerId)" + ranks.jpql("") + " order by name, id", AnyOf.ids(ownerIds));
    }
}
