package dev.rivalrygraph.metric;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.AsOf;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import dev.rivalrygraph.product.Product;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class MetricGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    /** User figures by period, undated last, then kind. */
    private static final Sort<UserMetric> USER_METRICS = Sort.by("userMetrics",
            Sort.key("periodStart", LocalDate.class, (UserMetric m) -> m.periodStart).nullable(),
            Sort.key("kind", String.class, (UserMetric m) -> m.kind.name()), Sort.id(m -> m.id));

    @NonNull
    @Description("User figures for this product, oldest period first; `kind` and `region` (whole, ignoring case) narrow them.")
    public List<List<@NonNull UserMetric>> userMetrics(@Source List<Product> products, MetricKind kind,
            String region) {
        return Batches.groupBy(products, p -> p.id,
                UserMetric.ofProducts(Batches.keys(products, p -> p.id), kind, region, chosen.rule()),
                        m -> m.productId);
    }

    @NonNull
    @Description("The latest figure of each kind and region for this product (by period); with `asOf`, the latest "
            + "as a reader of that day could have known it.")
    public List<List<@NonNull UserMetric>> latestMetrics(@Source List<Product> products,
            @Description(AsOf.DESCRIPTION) LocalDate asOf) {
        List<UserMetric> known = AsOf.reported(UserMetric.ofProducts(Batches.keys(products, p -> p.id), null, null,
                chosen.rule())
                .stream().filter(m -> AsOf.within(m.periodStart, null, asOf)).toList(), asOf);
        Map<String, UserMetric> latest = new LinkedHashMap<>();
        for (UserMetric m : known) {
            // ofProducts orders by period: a later figure of the same product, kind and region replaces an earlier.
            latest.put(m.productId + "/" + m.kind + "/" + (m.region == null ? "" : m.region.toLowerCase()), m);
        }
        return Batches.groupBy(products, p -> p.id, List.copyOf(latest.values()), m -> m.productId);
    }

    @NonNull
    @Description("The product measured.")
    public List<Product> product(@Source List<UserMetric> metrics) {
        return Facts.referenced(metrics, m -> m.productId, Product.class);
    }

    @Description("Who measured it (Sensor Tower, Andreessen Horowitz...), when the source says.")
    public List<Organization> measuredBy(@Source List<UserMetric> metrics) {
        return Facts.referenced(metrics, m -> m.measuredById, Organization.class);
    }

    @NonNull
    @Description("User figures for this product, a page at a time, oldest period first; `kind` and `region` narrow them.")
    public List<UserMetricConnection> userMetricsConnection(@Source List<Product> parents, MetricKind kind,
            String region, @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(userMetrics(parents, kind, region),
                USER_METRICS), UserMetricConnection::new);
    }

    @Query
    @NonNull
    @Description("Compares one kind of user figure across products: the values side by side, their ratios, each "
            + "with its citations, and warnings where periods or regions differ rather than a misleading ratio. "
            + "For each product the figure is the latest one of `kind` (in `region`, and whose period contains "
            + "`period`, when given).")
    // [String!]!, not [ID!]!: SmallRye 2.17 cannot read a list argument of IDs (its ID list coercion fails at run
    // time: "not a valid 'Unknown Scalar Type List'"); IdArgumentsTest lists it.
    public MetricComparison compareMetrics(
            @NonNull @Description("The products to compare, by id: 2 to 10.") List<@NonNull String> products,
            @NonNull MetricKind kind,
            @Description("Only figures for this region (whole, ignoring case).") String region,
            @Description("Only figures whose period contains this day.") LocalDate period,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        return MetricComparisons.compare(products, kind, region, period, chosen.rule());
    }
}
