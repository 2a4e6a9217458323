package org.scorekit.experiment;

import java.util.List;
import org.scorekit.eval.SampleMetric;
import org.scorekit.checks.Checks;
import org.scorekit.ntk.ReluNtk;

/**
 * The metrics section: {@code scoreDraws} fresh (t, x) pairs for the time-integrated score
 * errors (spec E1, E3, E4); {@code timePoints} grid times with {@code drawsPerTime} draws each
 * for e(t) (E5); the sample metrics by name (each subsamples at most 2000 rows per side);
 * {@code coupling} records the lazy-training diagnostics of spec §8 (network vs kernel predictor,
 * flipped activations, weight movement) in the history every evaluation (default: on for
 * N ≤ {@value #COUPLING_DEFAULT_LIMIT}, where one eigendecomposition of K∞ is cheap, except for
 * the MLP, which has no kernel to couple to).
 */
public record MetricsSpec(Integer scoreDraws, Integer timePoints, Integer drawsPerTime,
                          List<SampleMetric> sample, Boolean coupling) {
    /** Largest N for which the coupling diagnostics are on by default. */
    public static final int COUPLING_DEFAULT_LIMIT = ReluNtk.DENSE_LIMIT;

    /** The default sample metrics. */
    public static final List<SampleMetric> DEFAULT_SAMPLE_METRICS = List.of(SampleMetric.values());

    public MetricsSpec {
        if (scoreDraws != null) {
            Checks.positive("metrics.scoreDraws", scoreDraws);
        }
        if (timePoints != null) {
            Checks.require(timePoints >= 2, "metrics.timePoints must be at least 2: " + timePoints);
        }
        if (drawsPerTime != null) {
            Checks.positive("metrics.drawsPerTime", drawsPerTime);
        }
        if (sample != null) {
            sample = List.copyOf(sample);
        }
    }

    /** Every default filled in, for a problem of N triples and the resolved estimator. */
    public MetricsSpec resolved(int size, EstimatorSpec estimator) {
        return new MetricsSpec(scoreDraws == null ? 20000 : scoreDraws,
                timePoints == null ? 24 : timePoints, drawsPerTime == null ? 1000 : drawsPerTime,
                sample == null ? DEFAULT_SAMPLE_METRICS : sample,
                coupling == null ? size <= COUPLING_DEFAULT_LIMIT && !estimator.isMlp()
                        : coupling);
    }
}
