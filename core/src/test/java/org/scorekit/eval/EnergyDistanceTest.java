package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scorekit.testkit.StatisticalAssert.assertWithinStandardErrors;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.testkit.StatisticalAssert;

class EnergyDistanceTest {
    private static final double ERF_HALF = 0.5204998778130465;
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    /**
     * 1-D closed forms from E|Z| for Z ~ N(δ, v): √(2v/π) exp(−δ²/(2v)) + δ erf(δ/√(2v)).
     * The U-statistic is unbiased, so the mean of R = 40 independent estimates (n = m = 300)
     * matches the closed form within 4.5 replicate standard errors; under the t-distribution
     * with 39 degrees of freedom the false-failure probability is 6e-5 per test.
     */
    @Test
    void matchesTheClosedFormForAScaleChange() {
        // N(0, 1) vs N(0, 4): (2/√π)(√10 − 3)
        assertMatches(0.0, 2.0, TWO_OVER_SQRT_PI * (Math.sqrt(10) - 3));
    }

    @Test
    void matchesTheClosedFormForAMeanShift() {
        // N(0, 1) vs N(1, 1): 2((2/√π) e^{−1/4} + erf ½) − 4/√π
        assertMatches(1.0, 1.0,
                2 * (TWO_OVER_SQRT_PI * Math.exp(-0.25) + ERF_HALF) - 2 * TWO_OVER_SQRT_PI);
    }

    private static void assertMatches(double mean, double scale, double expected) {
        IsotropicGaussian p = new IsotropicGaussian(new double[1], 1.0);
        IsotropicGaussian q = new IsotropicGaussian(new double[] {mean}, scale);
        Metric energy = EnergyDistance.of();
        Estimate estimate = StatisticalAssert.replicate(40, r -> {
            Rng rng = Rng.of(77).fork("replicate-" + r);
            return energy.compute(p.sample(300, rng.fork("p")), q.sample(300, rng.fork("q")),
                    rng.fork("metric"));
        });
        assertWithinStandardErrors("energy distance", expected, estimate);
    }

    @Test
    void theBlockedComputationMatchesTheNaiveDoubleSum() {
        Matrix x = MmdTest.offset(Rng.of(1).gaussian(130, 2), 50.0);
        Matrix y = MmdTest.offset(Rng.of(2).gaussian(65, 2), 49.0);
        double expected = 2 * naive(x, y, false) - naive(x, x, true) - naive(y, y, true);
        assertEquals(expected, EnergyDistance.of().compute(x, y, Rng.of(3)), 1e-10);
    }

    private static double naive(Matrix x, Matrix y, boolean offDiagonal) {
        return NaivePairs.mean(x, y, offDiagonal, Math::sqrt);
    }
}
