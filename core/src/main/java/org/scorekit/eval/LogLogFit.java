package org.scorekit.eval;

import org.apache.commons.statistics.distribution.TDistribution;
import org.scorekit.checks.Checks;

/**
 * Ordinary least squares of log y on log x: log y = intercept + slope · log x, with the slope's
 * standard error and a two-sided 95 % confidence interval slope ± t_{0.975, n−2} · SE, the
 * Student-t quantile taken from Commons Statistics (the rates of spec §13 are read off such fits).
 *
 * @param slope          the fitted exponent
 * @param intercept      the fitted log-constant
 * @param slopeStdErr    standard error of the slope
 * @param ciLow          lower end of the 95 % interval
 * @param ciHigh         upper end of the 95 % interval
 * @param points         the number of (x, y) pairs
 */
public record LogLogFit(double slope, double intercept, double slopeStdErr, double ciLow,
                        double ciHigh, int points) {
    /** Fits positive x and y (at least 3 points; x not all equal). */
    public static LogLogFit of(double[] x, double[] y) {
        Checks.sameSize("number of y values", x.length, y.length);
        Checks.require(x.length >= 3, "a log-log fit needs at least 3 points: " + x.length);
        int n = x.length;
        double[] lx = new double[n];
        double[] ly = new double[n];
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            Checks.require(x[i] > 0 && y[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i]),
                    "log-log fit needs positive finite values: (" + x[i] + ", " + y[i] + ")");
            lx[i] = Math.log(x[i]);
            ly[i] = Math.log(y[i]);
            mx += lx[i] / n;
            my += ly[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (lx[i] - mx) * (lx[i] - mx);
            sxy += (lx[i] - mx) * (ly[i] - my);
        }
        Checks.require(sxx > 0, "log-log fit needs at least two distinct x values");
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = ly[i] - intercept - slope * lx[i];
            rss += r * r;
        }
        double se = Math.sqrt(rss / (n - 2) / sxx);
        double t = TDistribution.of(n - 2).inverseCumulativeProbability(0.975);
        return new LogLogFit(slope, intercept, se, slope - t * se, slope + t * se, n);
    }

    /** Whether the 95 % interval contains a value. */
    public boolean intervalContains(double value) {
        return ciLow <= value && value <= ciHigh;
    }
}
