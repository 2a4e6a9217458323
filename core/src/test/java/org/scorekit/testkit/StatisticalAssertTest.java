package org.scorekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class StatisticalAssertTest {

    @Test
    void normalTailsMatchTabulatedValues() {
        assertEquals(1.0, StatisticalAssert.twoSidedTail(0), 1e-7);
        assertEquals(0.05, StatisticalAssert.twoSidedTail(1.959964), 1e-7);
        assertEquals(2.699796e-3, StatisticalAssert.twoSidedTail(3), 1e-9);
        assertEquals(6.795346e-6, StatisticalAssert.twoSidedTail(4.5), 1e-11);
        assertEquals(2 - StatisticalAssert.erfc(0.7), StatisticalAssert.erfc(-0.7), 1e-15);
    }

    @Test
    void normalQuantileInvertsTheTail() {
        assertEquals(1.959964, StatisticalAssert.normalQuantile(0.975), 1e-5);
        assertEquals(-2.326348, StatisticalAssert.normalQuantile(0.01), 1e-5);
        assertEquals(0.0, StatisticalAssert.normalQuantile(0.5), 1e-7);
        assertThrows(IllegalArgumentException.class, () -> StatisticalAssert.normalQuantile(1.0));
    }

    @Test
    void chiSquareQuantileErrsUpwardByLessThanTenPercent() {
        // χ²(2) is exponential with mean 2: its q-quantile is −2 log(1 − q).
        for (double q : new double[] {0.99, 0.999, 1 - 1e-4, 1 - 1e-6}) {
            double exact = -2 * Math.log(1 - q);
            double approx = StatisticalAssert.chiSquareQuantile(2, q);
            assertTrue(approx >= exact && approx <= 1.1 * exact, "q = " + q + ": " + approx
                    + " vs exact " + exact);
        }
        // Tabulated: χ²(9) upper 0.05 point 16.919, χ²(20) upper 0.01 point 37.566.
        assertEquals(16.919, StatisticalAssert.chiSquareQuantile(9, 0.95), 0.05);
        assertEquals(37.566, StatisticalAssert.chiSquareQuantile(20, 0.99), 0.1);
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
