package org.scorekit.testkit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Assertions for statistical tests (STYLE.md, kind 4): the tolerance is derived from a standard
 * error, and the false-failure probability it implies is part of every failure message. A test
 * states in a comment how its checks combine (union bound over the checks of one test).
 *
 * <p>The probabilities are over the seed: each test runs with a fixed seed and is deterministic,
 * but a correct implementation would fail it for a fraction of seeds no larger than stated.
 */
public final class StatisticalAssert {
    /**
     * The default two-sided z: P(|Z| &gt; 4.5) ≈ 6.8·10⁻⁶ for Z ~ N(0, 1); a test with k such
     * checks fails falsely with probability at most k · 6.8·10⁻⁶.
     */
    public static final double Z = 4.5;

    private StatisticalAssert() {
    }

    /**
     * Fails unless |estimate − expected| ≤ z · standardError + allowance. The allowance holds
     * deterministic, separately justified biases (discretisation, prior mismatch); without it the
     * false-failure probability of a normally distributed estimate is P(|Z| &gt; z).
     */
    public static void assertWithin(String what, double expected, double estimate,
                                    double standardError, double z, double allowance) {
        double tolerance = z * standardError + allowance;
        double error = Math.abs(estimate - expected);
        if (!(error <= tolerance)) {
            fail(String.format("%s: |%.9g - %.9g| = %.3g exceeds %.3g = %.2f SE (SE %.3g) + "
                            + "allowance %.3g; false-failure probability of this check %.2g",
                    what, estimate, expected, error, tolerance, z, standardError, allowance,
                    twoSidedTail(z)));
        }
    }

    /** {@link #assertWithin} with z = {@link #Z} and no allowance. */
    public static void assertWithinStandardErrors(String what, double expected, double estimate,
                                                  double standardError) {
        assertWithin(what, expected, estimate, standardError, Z, 0.0);
    }

    /**
     * Pearson's chi-square test that {@code counts} come from the given cell probabilities;
     * fails when the statistic exceeds the upper {@code falseFailure} quantile of χ²(k − 1).
     */
    public static void assertChiSquare(String what, long[] counts, double[] probabilities,
                                       double falseFailure) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double statistic = 0;
        for (int i = 0; i < counts.length; i++) {
            double expected = total * probabilities[i];
            double diff = counts[i] - expected;
            statistic += diff * diff / expected;
        }
        int df = counts.length - 1;
        double critical = chiSquareQuantile(df, 1 - falseFailure);
        if (!(statistic <= critical)) {
            fail(String.format("%s: chi-square %.4g exceeds the %.3g upper quantile %.4g of "
                    + "chi-square(%d)", what, statistic, falseFailure, critical, df));
        }
    }

    /** {@link #assertChiSquare} against equal cell probabilities. */
    public static void assertChiSquareUniform(String what, long[] counts, double falseFailure) {
        double[] p = new double[counts.length];
        java.util.Arrays.fill(p, 1.0 / counts.length);
        assertChiSquare(what, counts, p, falseFailure);
    }

    /** P(|Z| &gt; z) = erfc(z/√2) for Z ~ N(0, 1). */
    public static double twoSidedTail(double z) {
        return erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** The q-quantile of N(0, 1), by bisection on {@link #erfc} (accurate to about 1e-7). */
    public static double normalQuantile(double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("q must be in (0, 1): " + q);
        }
        double low = -40;
        double high = 40;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (low + high);
            if (0.5 * erfc(-mid / Math.sqrt(2)) < q) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }

    /**
     * The q-quantile of χ²(df) by the Wilson–Hilferty cube approximation. For the upper
     * quantiles used here (q ≥ 0.99, df ≥ 2) it errs upward by at most about 10% (checked
     * against the exact df = 2 quantile in StatisticalAssertTest), so the true false-failure
     * probability of {@link #assertChiSquare} is at most the stated one.
     */
    public static double chiSquareQuantile(int df, double q) {
        double z = normalQuantile(q);
        double c = 2.0 / (9.0 * df);
        double base = 1 - c + z * Math.sqrt(c);
        return df * base * base * base;
    }

    /**
     * The complementary error function (Numerical Recipes' Chebyshev fit, fractional error
     * below 1.2·10⁻⁷ everywhere).
     */
    public static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196
                + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398
                + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
