package org.scorekit.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.function.LongToDoubleFunction;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.scorekit.eval.Estimate;

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

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

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
     * fails when the statistic exceeds the exact upper {@code falseFailure} quantile of χ²(k − 1)
     * (Commons Statistics). The statistic is χ²(k − 1) up to O(1/n) corrections; for the tables
     * of this suite (at least 2000 expected per cell) 400,000 simulated tables per shape
     * exceeded the 10⁻³ and 10⁻⁴ points at their nominal rates within Monte Carlo error.
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
        double critical = ChiSquaredDistribution.of(df).inverseSurvivalProbability(falseFailure);
        if (!(statistic <= critical)) {
            fail(String.format("%s: chi-square %.4g exceeds the %.3g upper quantile %.4g of "
                    + "chi-square(%d)", what, statistic, falseFailure, critical, df));
        }
    }

    /** {@link #assertChiSquare} against equal cell probabilities. */
    public static void assertChiSquareUniform(String what, long[] counts, double falseFailure) {
        double[] p = new double[counts.length];
        Arrays.fill(p, 1.0 / counts.length);
        assertChiSquare(what, counts, p, falseFailure);
    }

    /**
     * {@link #assertWithinStandardErrors} for an estimate that carries its own standard error,
     * with z = {@link #Z}. A zero standard error fails: the estimator did not vary, so the check
     * could not judge it.
     */
    public static void assertWithinStandardErrors(String what, double expected, Estimate estimate) {
        if (!(estimate.standardError() > 0)) {
            fail(what + ": standard error is zero, the estimate " + estimate.value()
                    + " cannot be judged against " + expected);
        }
        assertWithinStandardErrors(what, expected, estimate.value(), estimate.standardError());
    }

    /** The mean and standard error of {@code replicates} independent runs, run r seeded by r. */
    public static Estimate replicate(int replicates, LongToDoubleFunction run) {
        double[] values = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            values[r] = run.applyAsDouble(r);
        }
        return Estimate.fromSample(values);
    }

    /** P(|Z| &gt; z) for Z ~ N(0, 1). */
    public static double twoSidedTail(double z) {
        return 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
    }
}
