package org.scorekit.tabular.metrics;

/**
 * The distance metrics' half of {@link org.scorekit.tabular.Table#NUMERICAL_MISSING_POLICY}: a
 * missing number (NaN) is replaced by the mean of the real column's present values.
 */
final class MissingNumbers {
    private MissingNumbers() {
    }

    /** The mean of the present values; 0 when there are none. */
    static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** A copy with NaN replaced by {@code fill}. */
    static double[] filled(double[] values, double fill) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                out[i] = fill;
            }
        }
        return out;
    }
}
