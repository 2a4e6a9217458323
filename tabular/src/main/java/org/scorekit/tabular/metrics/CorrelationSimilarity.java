package org.scorekit.tabular.metrics;

/**
 * SDMetrics' CorrelationSimilarity of a numerical pair (spec/tabular-protocol.md §3.2):
 * 1 − |r_real − r_syn| / 2 with r the Pearson correlation after dropping rows with NaN in either
 * column. A pair whose column is constant (or has fewer than two complete rows) in either table
 * has no correlation; its score is NaN and the Trend mean leaves it out.
 */
public final class CorrelationSimilarity {
    private CorrelationSimilarity() {
    }

    /** The score from the two correlations; NaN if either is NaN. */
    public static double score(double realCorrelation, double syntheticCorrelation) {
        return 1 - Math.abs(realCorrelation - syntheticCorrelation) / 2;
    }

    /**
     * Pearson's r = Σ (x − x̄)(y − ȳ) / √(Σ (x − x̄)² · Σ (y − ȳ)²) over the rows where both
     * values are present, by two passes (means first) to avoid cancellation; clipped to [−1, 1].
     */
    public static double pearson(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - mx;
                double dy = y[i] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }
}
