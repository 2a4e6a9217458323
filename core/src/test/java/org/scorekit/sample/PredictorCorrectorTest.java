package org.scorekit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class PredictorCorrectorTest extends SamplerContract {
    @Override
    Sampler sampler() {
        return PredictorCorrector.DEFAULT;
    }

    @Test
    void nameAndParametersAreChecked() {
        assertEquals("predictor-corrector", sampler().name());
        assertEquals("correctorSteps must be positive: 0",
                assertThrows(IllegalArgumentException.class, () -> new PredictorCorrector(0, 0.1))
                        .getMessage());
        assertEquals("signalToNoise must be positive and finite: -1.0",
                assertThrows(IllegalArgumentException.class, () -> new PredictorCorrector(1, -1))
                        .getMessage());
    }

    @Test
    void exactScoreCarriesThePriorToTheMarginalAtT0() {
        // Closed-form oracle, statistical: n = 40000 starts from N(0, I) at T = 12, 300 steps on
        // a log grid, 2 corrector steps with r = 0.16. Both halves of a step are affine for the
        // linear exact score: the predictor M' = c M + Δ g α μ / v, V' = c² V + g Δ with
        // c = 1 + Δ g (½ − 1/v) at t_i, then per corrector step M ← e M + (a/2v) α μ,
        // V ← e² V + a with e = 1 − a/(2v) at t_{i+1}; composed here independently of the
        // sampler. The chain's own bias at T0 is about −6e-4 on the mean and +2e-3 on the
        // variance; stated allowances 1.5e-3 and 4e-3. False-failure probability ≤ 8 · 6.8e-6.
        int n = 40_000;
        TimeGrid grid = TimeGrid.logSpaced(T, T0, 300);
        PredictorCorrector sampler = new PredictorCorrector(2, 0.16);
        Matrix out = sampler.sample(ORACLE.score(), PROCESS, grid,
                Rng.of(77).fork("prior").gaussian(n, 2), Rng.of(77).fork("sampler"));
        double[] mean = new double[2];
        double variance = 1.0;
        for (int i = 0; i < grid.steps(); i++) {
            double t = grid.time(i);
            double next = grid.time(i + 1);
            variance = SamplerMoments.eulerMaruyamaStep(ORACLE, mean, variance, t, t - next);
            for (int step = 0; step < 2; step++) {
                variance = SamplerMoments.langevinStep(ORACLE, mean, variance, next,
                        2 * 0.16 * 0.16 * PROCESS.h(next));
            }
        }
        SamplerMoments.assertMoments(out, ORACLE, T, T0, mean, variance, 1.5e-3, 4e-3);
    }
}
