package org.scorekit.tabular.encoding;

import org.scorekit.checks.Checks;

/**
 * The train range [min, max] onto [−1, 1]: z = 2 (x − min) / (max − min) − 1, the bounded support
 * of spec/score-estimation.md §15. A constant column (min = max) encodes to 0 and decodes to its
 * value.
 *
 * @param min the smallest present train value
 * @param max the largest present train value
 */
public record MinMax(double min, double max) implements Scaler {
    public MinMax {
        Checks.finite("min", min);
        Checks.finite("max", max);
        Checks.require(min <= max, "min must be at most max: " + min + " > " + max);
        Checks.finite("max - min", max - min);
    }

    /** Fitted on the present values of a column, ascending. */
    static MinMax fit(double[] sorted) {
        return new MinMax(sorted[0], sorted[sorted.length - 1]);
    }

    @Override
    public void encodeInPlace(double[] values) {
        double range = max - min;
        for (int i = 0; i < values.length; i++) {
            values[i] = range == 0 ? values[i] - min : 2 * (values[i] - min) / range - 1;
        }
    }

    @Override
    public void decodeInPlace(double[] values) {
        double range = max - min;
        for (int i = 0; i < values.length; i++) {
            values[i] = min + 0.5 * (values[i] + 1) * range;
        }
    }
}
