package org.scorekit.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assertions on Monte Carlo means. The standard error is estimated from the sample itself
 * (sd / √n); with the n used in these tests (≥ 20 000) the CLT makes (mean − expected) / SE
 * standard normal to well within the stated false-failure budgets.
 */
final class MonteCarlo {
    private MonteCarlo() {
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** sd / √n with the unbiased sample variance. */
    static double standardError(double[] values) {
        double m = mean(values);
        double s = 0;
        for (double v : values) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (values.length - 1) / values.length);
    }

    /**
     * Fails unless |mean(values) − expected| ≤ z · SE + 1e-12 (1 + |expected|); the second term
     * absorbs summation rounding when the terms are (nearly) constant and SE vanishes.
     */
    static void assertMean(String what, double expected, double[] values, double z) {
        double m = mean(values);
        double se = standardError(values);
        double rounding = 1e-12 * (1 + Math.abs(expected));
        assertTrue(Math.abs(m - expected) <= z * se + rounding, () -> what + ": Monte Carlo mean " + m
                + " differs from " + expected + " by " + Math.abs(m - expected) / se + " SE"
                + " (allowed " + z + ", SE " + se + ")");
    }
}
