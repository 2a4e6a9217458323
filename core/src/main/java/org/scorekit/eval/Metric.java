package org.scorekit.eval;

import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/**
 * A distance-like statistic between a generated sample and a reference sample
 * (spec/score-estimation.md §11, last item; §13 check C8). Implementations are stateless and
 * deterministic: the same inputs and the same {@code rng} seed and path give the same value.
 * The {@code MetricContract} test runs against every implementation.
 */
public interface Metric {
    /** A stable kebab-case name used in specs and run records, e.g. {@code "sliced-w2"}. */
    String name();

    /** Whether smaller or larger values are better. */
    Goal goal();

    /**
     * The statistic between {@code samples} (n × d) and {@code reference} (m × d).
     * {@code rng} is used only by metrics that subsample rows or draw projections; each
     * implementation forks it with fixed labels, so the caller's stream is not advanced.
     *
     * @throws IllegalArgumentException if the column counts differ or a sample has fewer rows
     *                                  than the metric needs
     */
    double compute(Matrix samples, Matrix reference, Rng rng);
}
