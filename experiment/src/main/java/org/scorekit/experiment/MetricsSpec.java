package org.scorekit.experiment;

import java.util.List;
import org.scorekit.checks.Checks;

/**
 * The metrics section: {@code scoreDraws} fresh (t, x) pairs for the time-integrated score
 * errors (spec E1, E3, E4); {@code timePoints} grid times with {@code drawsPerTime} draws each
 * for e(t) (E5); the sample metrics by name (each subsamples at most 2000 rows per side).
 */
public record MetricsSpec(Integer scoreDraws, Integer timePoints, Integer drawsPerTime,
                          List<String> sample) {
    /** The default sample metrics. */
    public static final List<String> DEFAULT_SAMPLE_METRICS =
            List.of("mmd", "sliced-w2", "energy", "mean-error", "cov-error");

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

    /** Every default filled in. */
    public MetricsSpec resolved() {
        return new MetricsSpec(scoreDraws == null ? 20000 : scoreDraws,
                timePoints == null ? 24 : timePoints, drawsPerTime == null ? 1000 : drawsPerTime,
                sample == null ? DEFAULT_SAMPLE_METRICS : sample);
    }
}
