package dev.rivalrygraph.metric;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("MetricComparison")
@Description("User figures of several products side by side, with the ratios between them, and whether comparing "
        + "them is fair: same region, same period.")
public class MetricComparison {

    @NonNull
    @Description("What is compared.")
    public final MetricKind kind;

    @NonNull
    @Description("One figure per product asked for, in the order asked; null where a product has none that fits.")
    public final List<UserMetric> metrics;

    @NonNull
    @Description("The ratio of each figure to each later one (first/second, first/third, second/third...).")
    public final List<@NonNull MetricRatio> ratios;

    @Description("True when every product has a figure and all were measured over the same region and period.")
    public final boolean comparable;

    @NonNull
    @Description("Why the figures are not comparable, one reason per line; empty when they are.")
    public final List<@NonNull String> warnings;

    MetricComparison(MetricKind kind, List<UserMetric> metrics, List<MetricRatio> ratios, List<String> warnings) {
        this.kind = kind;
        this.metrics = metrics;
        this.ratios = ratios;
        this.warnings = warnings;
        this.comparable = warnings.isEmpty();
    }
}
