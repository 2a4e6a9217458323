package org.scorekit.report;

import java.util.Arrays;
import java.util.List;

/** Histogram densities on a common grid of equal bins, for overlaying samples of a 1-D law. */
final class Histograms {
    /** The fraction of pooled values left out in each tail by {@link #centralRange(List)}. */
    static final double TAIL = 0.005;

    private Histograms() {
    }

    /** The central range of the pooled values, {@link #TAIL} left out in each tail. */
    static double[] centralRange(List<double[]> sets) {
        return centralRange(sets, TAIL);
    }

    /**
     * {lo, hi}: the {@code tail} and {@code 1 − tail} quantiles of the pooled finite values
     * (order statistics, no interpolation); widened when they coincide, by 0.5 either side or by
     * a millionth of their magnitude when that is more (so that a huge value still gets a bin
     * of positive width); {0, 1} when there are no values.
     */
    static double[] centralRange(List<double[]> sets, double tail) {
        double[] pooled = sets.stream().flatMapToDouble(Arrays::stream)
                .filter(Double::isFinite).sorted().toArray();
        if (pooled.length == 0) {
            return new double[] {0, 1};
        }
        int last = pooled.length - 1;
        double lo = pooled[(int) Math.floor(tail * last)];
        double hi = pooled[(int) Math.ceil((1 - tail) * last)];
        double half = Math.max(0.5, 1e-6 * Math.abs(lo));
        return lo < hi ? new double[] {lo, hi} : new double[] {lo - half, hi + half};
    }

    /** About sqrt(n) bins for the smallest set, kept within [10, 60]. */
    static int binCount(List<double[]> sets) {
        int smallest = sets.stream().mapToInt(s -> s.length).min().orElse(0);
        return (int) Math.max(10, Math.min(60, Math.round(Math.sqrt(smallest))));
    }

    /**
     * density[k] = #{values in bin k} / (n · width) on {@code bins} equal bins of [lo, hi]; n
     * counts every value, also those outside [lo, hi], so that overlaid densities compare.
     */
    static double[] density(double[] values, double lo, double hi, int bins) {
        double width = (hi - lo) / bins;
        double[] density = new double[bins];
        if (values.length == 0) {
            return density;
        }
        for (double v : values) {
            if (v >= lo && v <= hi) {
                density[Math.min(bins - 1, (int) ((v - lo) / width))] += 1;
            }
        }
        for (int k = 0; k < bins; k++) {
            density[k] /= values.length * width;
        }
        return density;
    }

    /** The outline {x, y} of a histogram: each bin drawn as a flat step from edge to edge. */
    static double[][] stepCurve(double[] density, double lo, double hi) {
        int bins = density.length;
        double width = (hi - lo) / bins;
        double[] x = new double[2 * bins];
        double[] y = new double[2 * bins];
        for (int k = 0; k < bins; k++) {
            x[2 * k] = lo + k * width;
            x[2 * k + 1] = lo + (k + 1) * width;
            y[2 * k] = density[k];
            y[2 * k + 1] = density[k];
        }
        return new double[][] {x, y};
    }
}
