package org.scorekit.tabular.metrics;

import java.util.Arrays;

/**
 * SDMetrics' KSComplement of a numerical column (spec/tabular-protocol.md §3.1):
 * 1 − D with D = max_v |F_real(v) − F_syn(v)| over all pooled values v, F(v) = #{x ≤ v}/n the
 * right-continuous empirical CDF (scipy's two-sample KS statistic). NaN cells are dropped.
 */
public final class KsComplement {
    private KsComplement() {
    }

    /** The score in [0, 1]; NaN when either column has no non-missing value. */
    public static double score(double[] real, double[] synthetic) {
        double[] a = sortedPresent(real);
        double[] b = sortedPresent(synthetic);
        if (a.length == 0 || b.length == 0) {
            return Double.NaN;
        }
        double d = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            double v = Math.min(i < a.length ? a[i] : Double.POSITIVE_INFINITY,
                    j < b.length ? b[j] : Double.POSITIVE_INFINITY);
            while (i < a.length && a[i] <= v) {
                i++;
            }
            while (j < b.length && b[j] <= v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return 1 - d;
    }

    private static double[] sortedPresent(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(present);
        return present;
    }
}
