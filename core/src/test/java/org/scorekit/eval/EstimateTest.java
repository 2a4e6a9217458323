package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EstimateTest {
    @Test
    void fromSampleGivesTheMeanAndItsStandardError() {
        // mean 2.5, unbiased variance 5/3, SE = sqrt(5/3 / 4)
        Estimate e = Estimate.fromSample(new double[] {1, 2, 3, 4});
        assertEquals(2.5, e.value(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 12.0), e.standardError(), 1e-15);
    }

    @Test
    void aConstantSampleHasZeroStandardError() {
        Estimate e = Estimate.fromSample(new double[] {0.1, 0.1, 0.1});
        assertEquals(0.0, e.standardError(), 1e-17);
    }

    @Test
    void scalingScalesValueAndStandardError() {
        Estimate e = new Estimate(2.0, 0.5).scaled(-3.0);
        assertEquals(-6.0, e.value());
        assertEquals(1.5, e.standardError());
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Estimate(1.0, -0.1));
        assertEquals("standardError must be non-negative: -0.1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Estimate.fromSample(new double[1]));
    }

    @Test
    void keepsANonFiniteValueAsAValue() {
        Estimate e = Estimate.fromSample(new double[] {1, Double.NaN});
        assertEquals(Double.NaN, e.value());
    }
}
