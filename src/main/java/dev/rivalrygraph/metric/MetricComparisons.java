package dev.rivalrygraph.metric;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.product.Product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The rules of a fair comparison: the same kind, region and period, or a warning that says what differs. */
final class MetricComparisons {

    private MetricComparisons() {
    }

    /** The comparison of these products (2 to 10, by global id), whatever their rank, by the figures ranks shows. */
    static MetricComparison compare(List<String> products, MetricKind kind, String region, LocalDate period,
            RankSelection ranks) throws BadUserInputException {
        if (products.size() < 2 || products.size() > 10) {
            throw new BadUserInputException("Compare 2 to 10 products; " + products.size() + " given.");
        }
        List<Long> ids = new ArrayList<>();
        for (String product : products) {
            ids.add(GlobalId.of(product, "Product"));
        }
        Map<Long, String> names = new HashMap<>();
        Facts.byIds(Product.class, ids).forEach(p -> names.put(p.id, p.name));
        Map<Long, List<UserMetric>> byProduct = new HashMap<>();
        for (UserMetric m : UserMetric.ofProducts(names.keySet(), kind, region, ranks)) {
            if (period == null || covers(m, period)) {
                byProduct.computeIfAbsent(m.productId, k -> new ArrayList<>()).add(m);
            }
        }
        List<UserMetric> picked = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Long id : ids) {
            UserMetric latest = byProduct.getOrDefault(id, List.of()).stream()
                    .max(Comparator.comparing((UserMetric m) -> m.periodStart,
                            Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
            picked.add(latest);
            if (latest == null) {
                warnings.add((names.containsKey(id) ? names.get(id) : "An unknown product") + " has no " + kind
                        + " figure" + (region == null ? "" : " for " + region)
                        + (period == null ? "" : " covering " + period) + ".");
            }
        }
        List<UserMetric> present = picked.stream().filter(Objects::nonNull).toList();
        if (present.stream().map(m -> m.region == null ? "" : m.region.toLowerCase()).distinct().count() > 1) {
            warnings.add("The figures are for different regions: " + describe(present, names, m -> m.region) + ".");
        }
        if (present.stream().map(m -> m.periodStart + "/" + m.periodEnd).distinct().count() > 1) {
            warnings.add("The figures cover different periods: "
                    + describe(present, names, m -> m.periodStart + " to " + m.periodEnd) + ".");
        }
        List<MetricRatio> ratios = new ArrayList<>();
        for (int i = 0; i < present.size(); i++) {
            for (int j = i + 1; j < present.size(); j++) {
                if (present.get(j).amount != 0) {
                    ratios.add(new MetricRatio(present.get(i), present.get(j)));
                }
            }
        }
        return new MetricComparison(kind, picked, ratios, warnings);
    }

    private static boolean covers(UserMetric metric, LocalDate day) {
        return metric.periodStart != null && !day.isBefore(metric.periodStart)
                && (metric.periodEnd == null || !day.isAfter(metric.periodEnd));
    }

    private static String describe(List<UserMetric> metrics, Map<Long, String> names,
            java.util.function.Function<UserMetric, Object> what) {
        return String.join(", ", metrics.stream().map(m -> names.get(m.productId) + " " + what.apply(m)).toList());
    }
}
