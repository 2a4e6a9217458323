package org.scorekit.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class EndTimeLangevinTest extends SamplerContract {
    @Override
    Sampler sampler() {
        return EndTimeLangevin.DEFAULT;
    }

    @Test
    void nameAndParametersAreChecked() {
        assertEquals("langevin", sampler().name());
        assertEquals(EndTimeLangevin.DEFAULT, SamplerKind.of("langevin").create());
        assertThrows(IllegalArgumentException.class, () -> new EndTimeLangevin(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new EndTimeLangevin(0.05, 0));
    }

    @Test
    void itIsLangevinAtTheLastGridTimeWithTheRelativeStep() {
        Matrix start = Rng.of(5).gaussian(4, 2);
        TimeGrid grid = TimeGrid.uniform(T, T0, 7);
        Matrix out = new EndTimeLangevin(0.1, 3).sample(ORACLE.score(), PROCESS, grid, start,
                Rng.of(6));
        Matrix direct = new Langevin(0.1 * PROCESS.h(T0), 21).sample(ORACLE.score(), T0, start,
                Rng.of(6));
        assertArrayEquals(direct.data(), out.data());
    }

    @Test
    void theExactScoreReachesTheMarginalAtT0UpToTheStepBias() {
        // Closed form: the exact score of p_T0 = N(μ α, τ² I), τ² = 0.25 α² + h at T0, is linear,
        // so the chain is AR(1) with stationary law N(μ α, τ²/(1 − ε/(4τ²))), ε = 0.05 h(T0).
        // 3,000 updates contract the start's offset by (1 − ε/(2τ²))^3000 < 1e-5. With n = 20,000
        // chains the standard errors are τ/√n for a mean and τ² √(2/n) for a variance: 4 of them.
        int n = 20_000;
        Matrix x = EndTimeLangevin.DEFAULT.sample(ORACLE.score(), PROCESS,
                TimeGrid.uniform(T, T0, 1500), Rng.of(7).gaussian(n, 2), Rng.of(8));
        double alpha = PROCESS.alpha(T0);
        double tau2 = 0.25 * alpha * alpha + PROCESS.h(T0);
        double eps = 0.05 * PROCESS.h(T0);
        double stationary = tau2 / (1 - eps / (4 * tau2));
        double[] mu = {1.0 * alpha, -0.5 * alpha};
        for (int c = 0; c < 2; c++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x.get(i, c) / n;
            }
            double var = 0;
            for (int i = 0; i < n; i++) {
                var += (x.get(i, c) - mean) * (x.get(i, c) - mean) / (n - 1);
            }
            assertEquals(mu[c], mean, 4 * Math.sqrt(tau2 / n));
            assertEquals(stationary, var, 4 * stationary * Math.sqrt(2.0 / n));
        }
    }
}
