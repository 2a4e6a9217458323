package org.scorekit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class EulerMaruyamaTest extends SamplerContract {
    @Override
    Sampler sampler() {
        return new EulerMaruyama();
    }

    @Test
    void nameIsStable() {
        assertEquals("euler-maruyama", sampler().name());
    }

    @Test
    void differentNoiseStreamsGiveDifferentSamples() {
        Matrix start = Rng.of(1).gaussian(5, 2);
        TimeGrid grid = TimeGrid.uniform(T, T0, 10);
        Matrix a = sampler().sample(ORACLE.score(), PROCESS, grid, start, Rng.of(2));
        Matrix b = sampler().sample(ORACLE.score(), PROCESS, grid, start, Rng.of(3));
        assertFalse(Arrays.equals(a.data(), b.data()));
    }

    @Test
    void oneStepIsTheEulerMaruyamaFormula() {
        // Y1 = Y0 + Δ [½ g Y0 + g S(Y0, t0)] + √(g Δ) ξ with ξ the first draws of the rng.
        Matrix start = Matrix.of(new double[][] {{0.3, -1.1}, {2.0, 0.4}});
        TimeGrid grid = new TimeGrid(new double[] {1.5, 1.2});
        Matrix out = sampler().sample(ORACLE.score(), PROCESS, grid, start, Rng.of(9));
        double[] xi = new double[4];
        Rng.of(9).fillGaussian(xi);
        Matrix s = ORACLE.score().score(start, new double[] {1.5, 1.5});
        double g = PROCESS.g(1.5);
        for (int i = 0; i < 4; i++) {
            double y = start.data()[i];
            double expected = y + 0.3 * (0.5 * g * y + g * s.data()[i]) + Math.sqrt(g * 0.3) * xi[i];
            assertEquals(expected, out.data()[i], 1e-14);
        }
    }

    @Test
    void exactScoreCarriesThePriorToTheMarginalAtT0() {
        // Closed-form oracle, statistical: n = 40000 starts from N(0, I) at T = 12, 500 steps on
        // a log grid. With the linear exact score the chain's mean and variance obey
        //   M' = c M + Δ g α μ / v,  V' = c² V + g Δ,  c = 1 + Δ g (½ − 1/v)   (at t_i),
        // computed here independently of the sampler. Stated discretisation allowance for this
        // grid (weak order 1): 1.5e-3 on the mean, 4e-3 on the variance (the chain's own bias
        // is −5e-4 and +1.5e-3). False-failure probability ≤ 8 · 6.8e-6 ≈ 5.4e-5.
        int n = 40_000;
        TimeGrid grid = TimeGrid.logSpaced(T, T0, 500);
        Matrix start = Rng.of(2024).fork("prior").gaussian(n, 2);
        Matrix out = sampler().sample(ORACLE.score(), PROCESS, grid, start,
                Rng.of(2024).fork("sampler"));
        double[] mean = new double[2];
        double variance = 1.0;
        for (int i = 0; i < grid.steps(); i++) {
            double t = grid.time(i);
            variance = SamplerMoments.eulerMaruyamaStep(ORACLE, mean, variance, t,
                    t - grid.time(i + 1));
        }
        SamplerMoments.assertMoments(out, ORACLE, T, T0, mean, variance, 1.5e-3, 4e-3);
    }
}
