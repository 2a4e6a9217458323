package org.scorekit.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.testkit.SampleMoments;
import org.scorekit.testkit.StatisticalAssert;

class LangevinTest {
    /** The exact score of p_t at t = T0 in the sampler contract's Gaussian setting. */
    private static final double TIME = SamplerContract.T0;

    @Test
    void parametersAreChecked() {
        assertEquals("langevin", new Langevin(0.1, 1).name());
        assertEquals("stepSize must be positive and finite: NaN",
                assertThrows(IllegalArgumentException.class, () -> new Langevin(Double.NaN, 1))
                        .getMessage());
        assertEquals("steps must be positive: -3",
                assertThrows(IllegalArgumentException.class, () -> new Langevin(0.1, -3))
                        .getMessage());
    }

    @Test
    void leavesTheStartAloneIsReproducibleAndChecksTheDimension() {
        Langevin chain = new Langevin(0.01, 20);
        Matrix start = Rng.of(1).gaussian(7, 2);
        Matrix copy = start.copy();
        Matrix a = chain.sample(SamplerContract.ORACLE.score(), TIME, start, Rng.of(2).fork("l"));
        Matrix b = chain.sample(SamplerContract.ORACLE.score(), TIME, start, Rng.of(2).fork("l"));
        assertArrayEquals(copy.data(), start.data());
        assertArrayEquals(a.data(), b.data());
        assertThrows(IllegalArgumentException.class, () -> chain.sample(
                SamplerContract.ORACLE.score(), TIME, Matrix.zeros(3, 1), Rng.of(1)));
    }

    @Test
    void aLinearScoreGivesTheAr1StationaryLaw() {
        // Closed form (spec §8): for s = −(x − μ)/τ² the chain is AR(1) with c = 1 − ε/(2τ²);
        // from N(0, I) after K steps the law is N(μ + c^K(0 − μ), τ²_ε + c^{2K}(1 − τ²_ε)),
        // τ²_ε = τ²/(1 − ε/(4τ²)). n = 40000, ε = 0.02, K = 400 (burn-in c^K ≈ 1e-6).
        // 4 normal-approximation checks at z = 4.5: false-failure probability ≤ 4 · 6.8e-6.
        double tau2 = SamplerContract.ORACLE.marginalVariance(TIME);
        double eps = 0.02;
        int steps = 400;
        Matrix out = new Langevin(eps, steps).sample(SamplerContract.ORACLE.score(), TIME,
                Rng.of(5).fork("prior").gaussian(40_000, 2), Rng.of(5).fork("chain"));
        double c = 1 - eps / (2 * tau2);
        double decay = Math.pow(c, steps);
        double stationary = tau2 / (1 - eps / (4 * tau2));
        for (int k = 0; k < 2; k++) {
            double mu = SamplerContract.ORACLE.marginalMean(k, TIME);
            SampleMoments m = SampleMoments.ofColumn(out, k);
            StatisticalAssert.assertWithinStandardErrors("mean " + k, mu * (1 - decay), m.mean(),
                    m.meanStandardError());
            StatisticalAssert.assertWithinStandardErrors("variance " + k,
                    stationary + decay * decay * (1 - stationary), m.variance(),
                    m.varianceStandardError());
        }
    }
}
