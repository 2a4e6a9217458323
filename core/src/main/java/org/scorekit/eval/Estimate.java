package org.scorekit.eval;

import org.scorekit.checks.Checks;

/**
 * A Monte Carlo estimate with its standard error. A non-finite value (e.g. from a diverged
 * model) is kept as a value, not rejected; the standard error is non-negative or NaN.
 */
public record Estimate(double value, double standardError) {
    public Estimate {
        Checks.require(!(standardError < 0),
                "standardError must be non-negative: " + standardError);
    }

    /**
     * The sample mean of i.i.d. draws and its standard error s/√n, with s² the unbiased
     * sample variance (two-pass). Needs at least two values.
     */
    public static Estimate fromSample(double[] values) {
        Checks.require(values.length >= 2,
                "values must have at least 2 entries: " + values.length);
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Estimate(mean, Math.sqrt(squares / (n - 1) / n));
    }

    /** The estimate of {@code factor · value}: both value and standard error scale. */
    public Estimate scaled(double factor) {
        Checks.finite("factor", factor);
        return new Estimate(factor * value, Math.abs(factor) * standardError);
    }
}
