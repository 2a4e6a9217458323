package org.scorekit.tabular.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A property score and its parts: the mean of the parts' defined (non-NaN) scores, as pandas'
 * {@code mean} in SDMetrics' quality report skips NaN.
 *
 * @param score the mean, NaN when no part is defined
 * @param parts the per-column or per-pair scores
 * @param <T>   the part type
 */
public record Scores<T>(double score, List<T> parts) {
    public Scores {
        parts = List.copyOf(parts);
    }

    static <T> Scores<T> of(List<T> parts, ToDoubleFunction<T> score) {
        double sum = 0;
        int defined = 0;
        for (T p : parts) {
            double v = score.applyAsDouble(p);
            if (!Double.isNaN(v)) {
                sum += v;
                defined++;
            }
        }
        return new Scores<>(defined == 0 ? Double.NaN : sum / defined, parts);
    }

    /** The reported error in percent, 100 · (1 − score). */
    public double errorPercent() {
        return 100 * (1 - score);
    }
}
