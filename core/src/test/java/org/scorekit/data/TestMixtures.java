package org.scorekit.data;

import org.scorekit.diffusion.ConstantSchedule;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** Fixtures shared by the mixture tests: a general mixture, the OU process, draws of (X_0, t, X_t). */
final class TestMixtures {
    /** The window of the reference experiment (spec §14). */
    static final double TIME_MIN = 0.05;
    static final double TIME_MAX = 2.0;

    private TestMixtures() {
    }

    /**
     * d = 3, K = 3 with unequal weights and every kind of covariance: a full positive definite
     * one, a singular rank-1 one (v v^T) and a point mass.
     */
    static GaussianMixture general3d() {
        double[] v = {0.4, -0.3, 0.2};
        double[][] rankOne = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                rankOne[i][j] = v[i] * v[j];
            }
        }
        return GaussianMixture.of(new double[] {0.5, 0.3, 0.2},
                new double[][] {{1.0, -0.5, 0.2}, {-1.0, 0.8, 0.0}, {0.3, 0.6, -1.2}},
                new double[][][] {
                    {{0.3, 0.1, -0.05}, {0.1, 0.2, 0.04}, {-0.05, 0.04, 0.15}},
                    rankOne,
                    new double[3][3]});
    }

    /** The OU process g ≡ 1 (α = e^{−t/2}, h = 1 − e^{−t}). */
    static ForwardProcess ou() {
        return new VpProcess(new ConstantSchedule(1.0));
    }

    /** n times uniform on [TIME_MIN, TIME_MAX]. */
    static double[] times(int n, Rng rng) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rng.uniform(TIME_MIN, TIME_MAX);
        }
        return t;
    }

    /** n independent triples (X_0, t, X_t): X_0 ~ p_0, t ~ U[TIME_MIN, TIME_MAX], X_t | X_0 exact. */
    static Pairs draw(GaussianMixture mixture, ForwardProcess process, int n, Rng rng) {
        Matrix x0 = mixture.sample(n, rng.fork("x0"));
        double[] t = times(n, rng.fork("t"));
        Matrix noise = rng.fork("noise").gaussian(n, mixture.dimension());
        return new Pairs(x0, t, process.marginal(x0, t, noise));
    }

    /** Draws of X_0, their times and X_t; rows match. */
    record Pairs(Matrix x0, double[] t, Matrix xt) {
    }
}
