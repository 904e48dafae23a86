package dev.rivalrygraph.metric;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MetricRatio")
@Description("One figure divided by another.")
public class MetricRatio {

    @NonNull
    @Description("The dividend.")
    public final UserMetric numerator;

    @NonNull
    @Description("The divisor.")
    public final UserMetric denominator;

    @Description("numerator.value / denominator.value, to four decimal places.")
    public final double value;

    MetricRatio(UserMetric numerator, UserMetric denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = Math.round(numerator.amount * 10_000.0 / denominator.amount) / 10_000.0;
    }
}
