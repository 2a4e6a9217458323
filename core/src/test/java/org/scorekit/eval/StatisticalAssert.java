package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongToDoubleFunction;

/** Statistical assertions for the eval tests: tolerances in units of a standard error. */
final class StatisticalAssert {
    private StatisticalAssert() {
    }

    /** |estimate − expected| ≤ z · SE, with a message giving both and the z-score. */
    static void assertWithinStandardErrors(double expected, Estimate estimate, double z,
                                           String what) {
        double gap = Math.abs(estimate.value() - expected);
        assertTrue(estimate.standardError() > 0, what + ": standard error is zero");
        assertTrue(gap <= z * estimate.standardError(), what + ": expected " + expected
                + ", estimate " + estimate.value() + " ± " + estimate.standardError()
                + " (z = " + gap / estimate.standardError() + ", allowed " + z + ")");
    }

    /** The mean and standard error of {@code replicates} independent runs, run r seeded by r. */
    static Estimate replicate(int replicates, LongToDoubleFunction run) {
        double[] values = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            values[r] = run.applyAsDouble(r);
        }
        return Estimate.fromSample(values);
    }
}
