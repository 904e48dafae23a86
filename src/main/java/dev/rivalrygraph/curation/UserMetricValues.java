package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Qualifier;
import dev.rivalrygraph.metric.MetricKind;
import dev.rivalrygraph.metric.UserMetric;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.product.Product;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.LocalDate;

@Input("UserMetricValues")
@Description("How many people use a product (or where it ranks), in a region over a period.")
public class UserMetricValues extends FactValues<UserMetric> {

    @NotNull
    @Id
    @Description("The id of the product measured.")
    public String product;

    @NotNull
    @Description("What is counted.")
    public MetricKind kind;

    @NotNull
    @PositiveOrZero
    @Max(20_000_000_000L)
    @Description("The figure: a number of users (at most 20 billion), or a rank for RANKING.")
    public Long value;

    @Description("How the source qualifies the figure; EXACT when omitted.")
    public Qualifier qualifier;

    @Size(max = 100)
    @Description("Where it was measured ('United States', 'Worldwide').")
    public String region;

    @Description("First day of the period measured.")
    public LocalDate periodStart;

    @Description("Last day of the period measured.")
    public LocalDate periodEnd;

    @Description("How precisely the period is known; DAY when omitted.")
    public DatePrecision precision;

    @Id
    @Description("The id of the organization that measured it (Sensor Tower).")
    public String measuredBy;

    @Size(max = 1000)
    @Description("Anything else the source says of the figure.")
    public String note;

    @Override
    void applyTo(UserMetric metric) throws BadUserInputException {
        metric.productId = References.id(product, Product.class, "a product", "input.product");
        metric.kind = kind;
        metric.amount = value;
        metric.qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        metric.region = region;
        metric.precision = Dates.precision(periodStart, precision, "input.periodStart", "input.precision");
        metric.periodStart = periodStart;
        metric.periodEnd = periodEnd;
        Dates.ordered(periodStart, periodEnd, "input.periodEnd");
        metric.measuredById = References.id(measuredBy, Organization.class, "an organization", "input.measuredBy");
        metric.note = note;
    }
}
