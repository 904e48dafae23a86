package dev.rivalrygraph.product;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.node.Lookup;
import dev.rivalrygraph.organization.Organization;
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
public class ProductGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    private static final Order.Offered<Product> ORDERS = new Order.Offered<>("products",
            Map.of(Order.OrderField.NAME, Sort.key("name", String.class, (Product p) -> p.name)), Order.OrderField.NAME,
            Sort.id(p -> p.id));

    @Query
    @Description("One product, by `id` or by `name` (whole name or an alias such as \"Twitter\" or \"MetaAI\", "
            + "ignoring case).")
    public Product product(@Id String id, String name,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws NotFoundException, BadUserInputException {
        return Lookup.one("product", "Product", id, name, i -> Product.findById(i), n -> Facts.named(Product.class, n,
                chosen.rule()));
    }

    @Query
    @NonNull
    @Description("Products in the graph, by name; `kind` narrows them.")
    public ProductConnection products(ProductKind kind,
            @Description("Only those whose name (or an alias) contains this, ignoring case and accents.") String nameContains,
            @Id @Description("Only those of the organization with this id.") String owner,
            @Description("Order by NAME; by default name.") Order orderBy,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        Where where = new Where(chosen.rule()).and("kind = ?", kind).nameContains("name", "id", nameContains)
                .and("ownerId = ?", GlobalId.of(owner, "Organization"));
        return new ProductConnection(new Page(first, after, last, before).of(Product.class, where,
                ORDERS.sort(orderBy)));
    }

    @Description("The organization that ships it, if the sources name one.")
    public List<Organization> owner(@Source List<Product> products) {
        return Facts.referenced(products, p -> p.ownerId, Organization.class);
    }

    @Description("The product it is built on (Llama 3, for Meta AI), if any.")
    public List<Product> basedOn(@Source List<Product> products) {
        return Facts.referenced(products, p -> p.basedOnId, Product.class);
    }

    @Description("The product this is a version of (Grok, for Grok 1.5), if any.")
    public List<Product> versionOf(@Source List<Product> products) {
        return Facts.referenced(products, p -> p.versionOfId, Product.class);
    }

    @NonNull
    @Description("Versions of this product (Grok 1.5, for Grok), by name.")
    public List<List<@NonNull Product>> versions(@Source List<Product> products) {
        return Batches.groupBy(products, p -> p.id,
                Product.<Product>list("any_of(?1, versionOfId)" + chosen.rule().jpql("") + " order by name",
                        AnyOf.ids(Batches.keys(products, p -> p.id))),
                p -> p.versionOfId);
    }

    @NonNull
    @Description("What this organization ships, by name.")
    public List<List<@NonNull Product>> products(@Source List<Organization> organizations) {
        return Batches.groupBy(organizations, o -> o.id, Product.ofOwners(Batches.keys(organizations, o -> o.id),
                chosen.rule()),
                p -> p.ownerId);
    }
}
