package org.scorekit.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.CosineSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.LinearBetaSchedule;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import org.scorekit.testkit.GaussianOracle;

class ParametricScoreTest {

    /** f(x, t) = sin(x_k + t k): any fixed function will do. */
    private static final Denoiser WAVY = new Denoiser() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public Matrix denoise(Matrix x, double[] t) {
            Matrix f = Matrix.zeros(x.rows(), 2);
            for (int i = 0; i < x.rows(); i++) {
                for (int k = 0; k < 2; k++) {
                    f.set(i, k, Math.sin(x.get(i, k) + t[i] * k));
                }
            }
            return f;
        }
    };

    @Test
    void scoreIsAlphaOverHTimesDenoiserMinusXOverH() {
        ForwardProcess process = new VpProcess(new LinearBetaSchedule(0.1, 20));
        ParametricScore score = new ParametricScore(WAVY, process);
        Matrix x = Rng.of(1).gaussian(4, 2);
        Matrix before = x.copy();
        double[] t = {0.05, 0.2, 0.6, 0.95};
        Matrix s = score.score(x, t);
        Matrix f = WAVY.denoise(x, t);
        for (int i = 0; i < 4; i++) {
            double alpha = process.alpha(t[i]);
            double h = process.h(t[i]);
            for (int k = 0; k < 2; k++) {
                double expected = alpha / h * f.get(i, k) - x.get(i, k) / h;
                assertEquals(expected, s.get(i, k), 1e-12 * (1 + Math.abs(expected)));
            }
        }
        assertArrayEquals(before.data(), x.data());
        assertEquals(2, score.dimension());
    }

    @Test
    void exactPosteriorMeanGivesTheExactScore() {
        // Tweedie: (α/h) E[X0 | Xt = x] − x/h = ∇ log p_t(x), for each schedule.
        for (ForwardProcess process : new ForwardProcess[] {new VpProcess(new ConstantSchedule(1)),
            new VpProcess(new LinearBetaSchedule(0.1, 20)), new VpProcess(new CosineSchedule(0.008))}) {
            GaussianOracle oracle = GaussianOracle.of(new double[] {0.8, -1.2, 2.0}, 0.4, process);
            int n = 50;
            Rng rng = Rng.of(2);
            Matrix x = rng.fork("x").gaussian(n, 3);
            double[] t = new double[n];
            Rng times = rng.fork("t");
            for (int i = 0; i < n; i++) {
                t[i] = times.uniform(0.01, 0.95);
            }
            Matrix tweedie = new ParametricScore(oracle.posteriorMean(), process).score(x, t);
            Matrix exact = oracle.score().score(x, t);
            for (int i = 0; i < exact.data().length; i++) {
                double e = exact.data()[i];
                assertEquals(e, tweedie.data()[i], 1e-12 * (1 + Math.abs(e)));
            }
        }
    }

    @Test
    void invalidArgumentsAreRejected() {
        ForwardProcess process = new VpProcess(new ConstantSchedule(1));
        assertThrows(IllegalArgumentException.class, () -> new ParametricScore(null, process));
        assertThrows(IllegalArgumentException.class, () -> new ParametricScore(WAVY, null));
        ParametricScore score = new ParametricScore(WAVY, process);
        assertThrows(IllegalArgumentException.class, () -> score.score(Matrix.zeros(2, 3), new double[2]));
        assertThrows(IllegalArgumentException.class, () -> score.score(Matrix.zeros(2, 2), new double[3]));
    }
}
