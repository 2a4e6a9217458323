package org.scorekit.eval;

import java.util.function.Supplier;
import org.scorekit.checks.Checks;

/**
 * The sample metrics a spec names in {@code metrics.sample}, each with its default settings and
 * spelled by its metric's {@link Metric#name()}: {@code mmd} ({@link Mmd#of()}), {@code sliced-w2}
 * ({@link SlicedWasserstein#of()}), {@code energy} ({@link EnergyDistance#of()}),
 * {@code mean-error} ({@link MomentError#mean()}), {@code cov-error}
 * ({@link MomentError#covariance()}).
 */
public enum SampleMetric {
    /** Gaussian-kernel MMD². */
    MMD(Mmd::of),
    /** Sliced Wasserstein-2. */
    SLICED_W2(SlicedWasserstein::of),
    /** Energy distance. */
    ENERGY(EnergyDistance::of),
    /** Error of the sample mean. */
    MEAN_ERROR(MomentError::mean),
    /** Error of the sample covariance. */
    COV_ERROR(MomentError::covariance);

    private final Supplier<Metric> factory;

    SampleMetric(Supplier<Metric> factory) {
        this.factory = factory;
    }

    /** The metric with its default settings. */
    public Metric create() {
        return factory.get();
    }

    /** The stable name, e.g. {@code sliced-w2}. */
    public String label() {
        return create().name();
    }

    /** The metric spelled {@code label}, or a one-line error listing the choices. */
    public static SampleMetric of(String label) {
        return Checks.oneOf("metric", values(), SampleMetric::label, label);
    }
}
