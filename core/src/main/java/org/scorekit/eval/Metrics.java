package org.scorekit.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.scorekit.checks.Checks;

/**
 * The sample metrics by their stable names, each with its default settings:
 * {@code mmd} ({@link Mmd#of()}), {@code sliced-w2} ({@link SlicedWasserstein#of()}),
 * {@code energy} ({@link EnergyDistance#of()}), {@code mean-error} ({@link MomentError#mean()}),
 * {@code cov-error} ({@link MomentError#covariance()}).
 */
public final class Metrics {
    private static final Map<String, Supplier<Metric>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("mmd", Mmd::of);
        BY_NAME.put("sliced-w2", SlicedWasserstein::of);
        BY_NAME.put("energy", EnergyDistance::of);
        BY_NAME.put("mean-error", MomentError::mean);
        BY_NAME.put("cov-error", MomentError::covariance);
    }

    private Metrics() {
    }

    /** The known names, in a fixed order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The metric of that name with default settings. */
    public static Metric byName(String name) {
        Supplier<Metric> metric = name == null ? null : BY_NAME.get(name);
        Checks.require(metric != null, "metric must be one of " + names() + ": " + name);
        return metric.get();
    }

    /** Every known metric with default settings, in the order of {@link #names()}. */
    public static List<Metric> all() {
        return BY_NAME.values().stream().map(Supplier::get).toList();
    }
}
