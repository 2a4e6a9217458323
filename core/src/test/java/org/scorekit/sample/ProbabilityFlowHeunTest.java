package org.scorekit.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

class ProbabilityFlowHeunTest extends SamplerContract {
    @Override
    Sampler sampler() {
        return new ProbabilityFlowHeun();
    }

    @Test
    void nameIsStable() {
        assertEquals("probability-flow-heun", sampler().name());
    }

    @Test
    void ignoresTheRng() {
        Matrix start = Rng.of(1).gaussian(5, 2);
        TimeGrid grid = TimeGrid.uniform(T, T0, 10);
        assertArrayEquals(
                sampler().sample(ORACLE.score(), PROCESS, grid, start, Rng.of(2)).data(),
                sampler().sample(ORACLE.score(), PROCESS, grid, start, Rng.of(3)).data());
    }

    /** max over fixed starts of |Heun endpoint − exact PF-ODE flow map| with K uniform steps. */
    private double endpointError(int steps) {
        Matrix start = Matrix.of(new double[][] {{-2.0, 0.0}, {1.5, -0.7}, {0.2, 3.0}});
        Matrix out = sampler().sample(ORACLE.score(), PROCESS, TimeGrid.uniform(T, T0, steps),
                start, Rng.of(1));
        double error = 0;
        for (int i = 0; i < start.rows(); i++) {
            for (int k = 0; k < 2; k++) {
                double exact = ORACLE.flow(k, start.get(i, k), T, T0);
                error = Math.max(error, Math.abs(out.get(i, k) - exact));
            }
        }
        return error;
    }

    @Test
    void isSecondOrder() {
        // Deterministic, start fixed: halving the step divides the endpoint error by ≈ 4
        // (observed 4.1 for 100 → 200 → 400 steps); a first-order method would give ≈ 2.
        double e100 = endpointError(100);
        double e200 = endpointError(200);
        double e400 = endpointError(400);
        assertTrue(e400 < 5e-4, "error at 400 steps " + e400);
        for (double ratio : new double[] {e100 / e200, e200 / e400}) {
            assertTrue(ratio > 3.6 && ratio < 4.4, "error ratio " + ratio + " for halved steps");
        }
    }

    @Test
    void exactScoreCarriesThePriorToTheMarginalAtT0() {
        // Closed-form oracle, statistical: n = 40000 starts from N(0, I) at T = 12, 200 uniform
        // steps. The Heun step is affine for the linear exact score, y ↦ P_i y + Q_i, so the
        // output law is N(Q, P²) with P, Q composed here independently of the sampler. Stated
        // discretisation allowance (second order, Δ = 0.06): 5e-4 on the mean, 2e-3 on the
        // variance (the chain's own discretisation error is +1.4e-4 and −6.9e-4).
        // False-failure probability ≤ 8 · 6.8e-6 ≈ 5.4e-5.
        int n = 40_000;
        TimeGrid grid = TimeGrid.uniform(T, T0, 200);
        Matrix start = Rng.of(7).fork("prior").gaussian(n, 2);
        Matrix out = sampler().sample(ORACLE.score(), PROCESS, grid, start, Rng.of(7).fork("sampler"));
        double[] scale = {1.0, 1.0};
        double[] shift = {0.0, 0.0};
        for (int i = 0; i < grid.steps(); i++) {
            double t0 = grid.time(i);
            double t1 = grid.time(i + 1);
            double dt = t0 - t1;
            double a0 = 0.5 * PROCESS.g(t0) * (1 - 1 / ORACLE.marginalVariance(t0));
            double a1 = 0.5 * PROCESS.g(t1) * (1 - 1 / ORACLE.marginalVariance(t1));
            for (int k = 0; k < 2; k++) {
                double b0 = 0.5 * PROCESS.g(t0) * ORACLE.marginalMean(k, t0) / ORACLE.marginalVariance(t0);
                double b1 = 0.5 * PROCESS.g(t1) * ORACLE.marginalMean(k, t1) / ORACLE.marginalVariance(t1);
                double p = 1 + 0.5 * dt * (a0 + a1 * (1 + dt * a0));
                double q = 0.5 * dt * (b0 + a1 * dt * b0 + b1);
                scale[k] = p * scale[k];
                shift[k] = p * shift[k] + q;
            }
        }
        assertEquals(scale[0], scale[1], 1e-15);
        SamplerMoments.assertMoments(out, ORACLE, T, T0, shift, scale[0] * scale[0], 5e-4, 2e-3);
    }
}
