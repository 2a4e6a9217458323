package org.scorekit.tabular.encoding;

/**
 * numpy.interp: the piecewise-linear interpolant through (xp[k], fp[k]), constant beyond the
 * ends, for non-decreasing {@code xp}. Where {@code xp} repeats a value, x equal to it takes the
 * fp of its last occurrence, as numpy's search for the last xp[j] &lt;= x does; numpy's retry for
 * a NaN slope is left out because a slope over xp[j] &lt; x &lt; xp[j+1] of finite numbers is
 * never NaN.
 */
final class PiecewiseLinear {
    private PiecewiseLinear() {
    }

    /** The interpolant at x. */
    static double at(double x, double[] xp, double[] fp) {
        int last = xp.length - 1;
        if (x >= xp[last]) {
            return fp[last];
        }
        if (x < xp[0]) {
            return fp[0];
        }
        int low = 0;
        int high = last;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (x >= xp[mid]) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int j = low - 1;
        if (xp[j] == x) {
            return fp[j];
        }
        double slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
        return slope * (x - xp[j]) + fp[j];
    }
}
