package dev.rivalrygraph.organization;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.node.Lookup;
import dev.rivalrygraph.page.Order;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.AnyOf;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class OrganizationGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    private static final Order.Offered<Organization> ORDERS = new Order.Offered<>("organizations",
            Map.of(Order.OrderField.NAME, Sort.key("name", String.class, (Organization o) -> o.name)),
            Order.OrderField.NAME, Sort.id(o -> o.id));

    @Query
    @Description("One organization, by `id` or by `name` (whole name or an alias such as \"Twitter\", ignoring case).")
    public Organization organization(@Id String id, String name,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws NotFoundException, BadUserInputException {
        return Lookup.one("organization", "Organization", id, name, i -> Organization.findById(i),
                n -> Facts.named(Organization.class, n, chosen.rule()));
    }

    @Query
    @NonNull
    @Description("Organizations in the graph, by name; `kind` narrows them.")
    public OrganizationConnection organizations(OrganizationKind kind,
            @Description("Only those whose name (or an alias) contains this, ignoring case and accents.") String nameContains,
            @Description("Order by NAME; by default name.") Order orderBy,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        Where where = new Where(chosen.rule()).and("kind = ?", kind).nameContains("name", "id", nameContains);
        return new OrganizationConnection(new Page(first, after, last, before).of(Organization.class, where,
                ORDERS.sort(orderBy)));
    }

    @Description("The organization this one belongs to (Google, for Google Brain), if any.")
    public List<Organization> parent(@Source List<Organization> organizations) {
        return Facts.referenced(organizations, o -> o.parentId, Organization.class);
    }

    @NonNull
    @Description("Organizations that belong to this one, by name.")
    public List<List<@NonNull Organization>> subsidiaries(@Source List<Organization> organizations) {
        return Batches.groupBy(organizations, o -> o.id,
                Organization.<Organization>list("any_of(?1, parentId)" + chosen.rule().jpql("") + " order by name",
                        AnyOf.ids(Batches.keys(organizations, o -> o.id))),
                o -> o.parentId);
    }
}
