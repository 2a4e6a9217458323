package org.scorekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.scorekit.eval.Estimate;

class StatisticalAssertTest {

    @Test
    void normalTailsMatchTabulatedValues() {
        assertEquals(1.0, StatisticalAssert.twoSidedTail(0), 1e-15);
        assertEquals(0.05, StatisticalAssert.twoSidedTail(1.959963984540054), 1e-15);
        assertEquals(2.6997960632601913e-3, StatisticalAssert.twoSidedTail(-3), 1e-16);
        assertEquals(6.795346249460123e-6, StatisticalAssert.twoSidedTail(4.5), 1e-18);
    }

    @Test
    void chiSquareUsesTheExactUpperQuantile() {
        // Three equal cells of 1000: the statistic is 2d²/1000 for counts (1000 ± d, 1000).
        // χ²(2) is exponential with mean 2, so its upper 1e-4 point is 2 ln 1e4 = 18.42:
        // d = 95 (statistic 18.05) passes, d = 97 (18.82) fails; the former Wilson–Hilferty
        // critical value (about 19.3) let d = 97 pass.
        StatisticalAssert.assertChiSquareUniform("d = 95", new long[] {1095, 905, 1000}, 1e-4);
        assertThrows(AssertionFailedError.class, () -> StatisticalAssert.assertChiSquareUniform(
                "d = 97", new long[] {1097, 903, 1000}, 1e-4));
    }

    @Test
    void estimatesAreJudgedByTheirOwnStandardError() {
        Estimate mean = StatisticalAssert.replicate(4, r -> r + 1);
        assertEquals(2.5, mean.value(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 12.0), mean.standardError(), 1e-15);
        StatisticalAssert.assertWithinStandardErrors("inside", 2.5 + 4.4 * mean.standardError(),
                mean);
        assertThrows(AssertionFailedError.class, () -> StatisticalAssert.assertWithinStandardErrors(
                "outside", 2.5 + 4.6 * mean.standardError(), mean));
        assertThrows(AssertionFailedError.class, () -> StatisticalAssert.assertWithinStandardErrors(
                "no spread", 1.0, StatisticalAssert.replicate(3, r -> 1.0)));
    }

    @Test
    void withinFailsOutsideTheToleranceOnly() {
        StatisticalAssert.assertWithin("inside", 1.0, 1.44, 0.1, 4.5, 0.0);
        StatisticalAssert.assertWithin("allowance", 1.0, 1.5, 0.1, 4.5, 0.06);
        assertThrows(AssertionFailedError.class,
                () -> StatisticalAssert.assertWithin("outside", 1.0, 1.46, 0.1, 4.5, 0.0));
        assertThrows(AssertionFailedError.class,
                () -> StatisticalAssert.assertWithinStandardErrors("nan", 1.0, Double.NaN, 0.1));
    }

    @Test
    void chiSquareRejectsAGrosslyUnevenTable() {
        StatisticalAssert.assertChiSquareUniform("even", new long[] {1000, 1010, 990, 1003}, 1e-4);
        assertThrows(AssertionFailedError.class, () -> StatisticalAssert.assertChiSquareUniform(
                "uneven", new long[] {1000, 1200, 800, 1000}, 1e-4));
    }

    @Test
    void sampleMomentsOfAKnownSet() {
        SampleMoments m = SampleMoments.of(new double[] {1, 2, 3, 4});
        assertEquals(2.5, m.mean(), 1e-15);
        assertEquals(5.0 / 3.0, m.variance(), 1e-15);
        assertEquals((2 * 5.0625 + 2 * 0.0625) / 4, m.fourth(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 12.0), m.meanStandardError(), 1e-15);
    }
}
