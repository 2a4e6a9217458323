package org.scorekit.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.random.Rng;

class AnglesTest {

    private static void assertSameAsStrictMath(double x) {
        double expected = StrictMath.acos(x);
        double actual = Angles.arccos(x);
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                "arccos(" + x + ") = " + actual + ", StrictMath gives " + expected);
    }

    @Test
    void endpointsAndSpecialValues() {
        double[] xs = {1.0, -1.0, 0.0, -0.0, 0.5, -0.5, Math.nextDown(0.5), Math.nextUp(-0.5),
            Math.nextDown(1.0), Math.nextUp(-1.0), 0x1p-57, -0x1p-57, Math.nextUp(0x1p-57),
            0x1p-56, Double.MIN_VALUE, -Double.MIN_VALUE, Math.nextUp(1.0), Math.nextDown(-1.0),
            2.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : xs) {
            assertSameAsStrictMath(x);
        }
        assertEquals(0.0, Angles.arccos(1.0));
        assertEquals(Math.PI, Angles.arccos(-1.0), Math.ulp(Math.PI));
        assertTrue(Double.isNaN(Angles.arccos(1.5)));
    }

    @Test
    void uniformPointsOnTheWholeRange() {
        Rng rng = Rng.of(21);
        for (int i = 0; i < 200_000; i++) {
            assertSameAsStrictMath(2 * rng.nextDouble() - 1);
        }
    }

    @Test
    void pointsCloseToTheEndpointsAndToTheBranchBoundaries() {
        Rng rng = Rng.of(22);
        double[] centres = {1.0, -1.0, 0.5, -0.5, 0.0};
        for (double centre : centres) {
            for (int i = 0; i < 20_000; i++) {
                // Offsets spread over 60 binades, from 1e-18 up to 1.
                double offset = Math.pow(2, -60 * rng.nextDouble()) * (2 * rng.nextDouble() - 1);
                double x = Math.max(-1.0, Math.min(1.0, centre + offset));
                assertSameAsStrictMath(x);
            }
        }
        double x = 1.0;
        for (int i = 0; i < 10_000; i++) {
            x = Math.nextDown(x);
            assertSameAsStrictMath(x);
            assertSameAsStrictMath(-x);
        }
    }
}
