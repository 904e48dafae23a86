package dev.rivalrygraph.metric;

import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Qualifier;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.persistence.AnyOf;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "user_metric")
@DiscriminatorValue("USER_METRIC")
@Type("UserMetric")
@Description("How many people use a product (or where it ranks), in a region over a period, as measured by someone.")
public class UserMetric extends Fact implements Cited {

    @Ignore
    @Column(name = "product_id")
    public Long productId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "metric_kind")
    @Description("What is counted.")
    public MetricKind kind;

    @NonNull
    @Name("value")
    @Column(name = "amount")
    @Description("The figure: a number of users, or a rank for RANKING.")
    public Long amount;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How the source qualifies the figure ('surpassed 100 million' is AT_LEAST).")
    public Qualifier qualifier;

    @Description("Where it was measured ('U.S.', 'worldwide'); null when the source does not say.")
    public String region;

    @Column(name = "period_start")
    @Description("First day of the period measured; null when the source gives no period.")
    public LocalDate periodStart;

    @Column(name = "period_end")
    @Description("Last day of the period measured; null when the source gives no period.")
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_precision")
    @Description("How precisely the period is known: MONTH for 'in February', QUARTER for 'Q1 2024'.")
    public DatePrecision precision;

    @Ignore
    @Column(name = "measured_by_id")
    public Long measuredById;

    @Description("Anything else the source says of the figure (the name of a ranking, a time frame).")
    public String note;

    public static List<UserMetric> ofProducts(Collection<Long> productIds, MetricKind kind, String region,
            RankSelection ranks) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        // Optional filters are added as fixed clauses, not "(:p is null or ...)": PostgreSQL cannot type a null
        // parameter compared only with null.
        StringBuilder query = new StringBuilder("any_of(:ids, productId)");
        Parameters parameters = Parameters.with("ids", AnyOf.ids(productIds));
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (region != null) {
            query.append(" and lower(region) = lower(:region)");
            parameters.and("region", region.strip());
        }
        return list(query + ranks.jpql("") + " order by periodStart nulls last, kind, id", parameters);
    }
}
