package org.scorekit.eval;

import org.scorekit.checks.Checks;

/**
 * Ordinary least squares of log y on log x: log y = intercept + slope · log x, with the slope's
 * standard error and a two-sided 95 % confidence interval from Student's t with n − 2 degrees of
 * freedom (the rates of spec §13 are read off such fits).
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
    private static final double Z975 = 1.959963984540054;

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
        double t = studentQuantile975(n - 2);
        return new LogLogFit(slope, intercept, se, slope - t * se, slope + t * se, n);
    }

    /** Whether the 95 % interval contains a value. */
    public boolean intervalContains(double value) {
        return ciLow <= value && value <= ciHigh;
    }

    /**
     * The 0.975 quantile of Student's t with ν degrees of freedom: tabulated for ν ≤ 4, else the
     * Cornish–Fisher expansion in 1/ν (error below 3·10⁻⁴ for ν ≥ 5).
     */
    static double studentQuantile975(int nu) {
        Checks.positive("degrees of freedom", nu);
        if (nu == 1) {
            return 12.706204736174698;
        }
        if (nu == 2) {
            return 4.302652729749464;
        }
        if (nu == 3) {
            return 3.182446305283708;
        }
        if (nu == 4) {
            return 2.776445105197793;
        }
        double z = Z975;
        double z2 = z * z;
        double g1 = (z2 * z + z) / 4;
        double g2 = (5 * z2 * z2 * z + 16 * z2 * z + 3 * z) / 96;
        double g3 = (3 * Math.pow(z, 7) + 19 * Math.pow(z, 5) + 17 * z2 * z - 15 * z) / 384;
        double g4 = (79 * Math.pow(z, 9) + 776 * Math.pow(z, 7) + 1482 * Math.pow(z, 5)
                - 1920 * z2 * z - 945 * z) / 92160;
        return z + g1 / nu + g2 / (nu * (double) nu) + g3 / Math.pow(nu, 3) + g4 / Math.pow(nu, 4);
    }
}
