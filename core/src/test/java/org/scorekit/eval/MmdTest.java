package org.scorekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.scorekit.testkit.StatisticalAssert.assertWithinStandardErrors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.testkit.StatisticalAssert;

class MmdTest {
    /**
     * Population MMD² between N(0, I_d) and N(μ, s² I_d) for k = exp(−‖x − y‖²/(2σ²)), from
     * E exp(−‖Z‖²/(2σ²)) = (σ²/(σ² + c))^{d/2} exp(−‖δ‖²/(2(σ² + c))) for Z ~ N(δ, c I).
     */
    static double populationMmd2(int d, double sigma, double shift, double scale) {
        double s2 = sigma * sigma;
        double xx = Math.pow(s2 / (s2 + 2), d / 2.0);
        double yy = Math.pow(s2 / (s2 + 2 * scale * scale), d / 2.0);
        double c = 1 + scale * scale;
        double xy = Math.pow(s2 / (s2 + c), d / 2.0) * Math.exp(-shift * shift / (2 * (s2 + c)));
        return xx + yy - 2 * xy;
    }

    /**
     * MMD²_u is unbiased, so the mean of R = 40 independent estimates (n = m = 300, d = 2,
     * σ = 1) matches the population value within 4.5 replicate standard errors; under the
     * t-distribution with 39 degrees of freedom the false-failure probability is 6e-5 per case.
     */
    @ParameterizedTest
    @CsvSource({"0.5, 1.2", "0.0, 1.0"})
    void theUnbiasedEstimateMatchesThePopulationMmdBetweenGaussians(double shift, double scale) {
        IsotropicGaussian p = new IsotropicGaussian(new double[2], 1.0);
        IsotropicGaussian q = new IsotropicGaussian(new double[] {shift, 0.0}, scale);
        Metric mmd = Mmd.withBandwidth(1.0);
        Estimate mean = StatisticalAssert.replicate(40, r -> {
            Rng rng = Rng.of(2024).fork("replicate-" + r);
            return mmd.compute(p.sample(300, rng.fork("p")), q.sample(300, rng.fork("q")),
                    rng.fork("metric"));
        });
        assertWithinStandardErrors("MMD²", populationMmd2(2, 1.0, shift, scale), mean);
    }

    @Test
    void theBlockedComputationMatchesTheNaiveDoubleSum() {
        // 150 and 97 rows cut the 64-row blocks unevenly; the offset tests the centring.
        Matrix x = offset(Rng.of(1).gaussian(150, 3), 100.0);
        Matrix y = offset(Rng.of(2).gaussian(97, 3), 100.5);
        double sigma = 0.8;
        double expected = naive(x, x, sigma, true) + naive(y, y, sigma, true)
                - 2 * naive(x, y, sigma, false);
        assertEquals(expected, Mmd.withBandwidth(sigma).compute(x, y, Rng.of(3)), 1e-10);
    }

    @Test
    void theMedianHeuristicUsesTheMedianPooledSquaredDistance() {
        Matrix x = Matrix.of(new double[][] {{0}, {1}, {3}});
        Matrix y = Matrix.of(new double[][] {{6}});
        // pooled squared distances 1, 4, 9, 9, 25, 36: median 9, so σ = 3
        assertEquals(3.0, Mmd.medianBandwidth(x, y, Rng.of(1)), 1e-15);
        Matrix same = Matrix.of(new double[][] {{2, 2}, {2, 2}});
        assertEquals(1.0, Mmd.medianBandwidth(same, same, Rng.of(1)));
    }

    @Test
    void theDefaultMetricUsesTheMedianBandwidth() {
        Matrix x = Rng.of(4).gaussian(120, 2);
        Matrix y = offset(Rng.of(5).gaussian(80, 2), 0.3);
        double sigma = Mmd.medianBandwidth(x, y, Rng.of(6));
        assertEquals(Mmd.withBandwidth(sigma).compute(x, y, Rng.of(6)),
                Mmd.of().compute(x, y, Rng.of(6)), 1e-12);
    }

    @Test
    void theRowCapSubsamplesDeterministically() {
        Matrix x = Rng.of(7).gaussian(200, 2);
        Matrix y = offset(Rng.of(8).gaussian(200, 2), 0.5);
        Mmd capped = Mmd.of().withMaxRowsPerSide(50);
        assertEquals(50, capped.maxRowsPerSide());
        assertEquals(capped.compute(x, y, Rng.of(9)), capped.compute(x, y, Rng.of(9)));
        assertNotEquals(capped.compute(x, y, Rng.of(9)), capped.compute(x, y, Rng.of(10)));
        assertEquals(Mmd.of().compute(x, y, Rng.of(9)),
                Mmd.of().withMaxRowsPerSide(200).compute(x, y, Rng.of(9)));
    }

    @Test
    void rejectsBadSettings() {
        assertEquals("bandwidth must be positive and finite: 0.0", assertThrows(
                IllegalArgumentException.class, () -> Mmd.withBandwidth(0.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mmd.of().withMaxRowsPerSide(0));
    }

    static Matrix offset(Matrix x, double shift) {
        double[] a = x.data();
        for (int i = 0; i < a.length; i++) {
            a[i] += shift;
        }
        return x;
    }

    private static double naive(Matrix x, Matrix y, double sigma, boolean offDiagonal) {
        return NaivePairs.mean(x, y, offDiagonal, d2 -> Math.exp(-d2 / (2 * sigma * sigma)));
    }
}
